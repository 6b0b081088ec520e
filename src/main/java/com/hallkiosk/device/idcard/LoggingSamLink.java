package com.hallkiosk.device.idcard;

import com.hallkiosk.device.DeviceException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each exchange by its command and the answer's status and size, never its data: a read's data
 * is a person's name, number, address and photo.
 */
public final class LoggingSamLink implements SamLink {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingSamLink.class);

    private final SamLink next;

    public LoggingSamLink(SamLink next) {
        this.next = next;
    }

    @Override
    public byte[] transceive(byte[] requestFrame, Duration timeout) {
        SamRequest request = SamRequest.parse(requestFrame);
        try {
            byte[] answer = next.transceive(requestFrame, timeout);
            if (LOG.isDebugEnabled()) {
                LOG.debug("idcard {} {} -> {}, {} bytes", hex(request.command()), hex(request.parameter()),
                        status(answer), answer.length);
            }
            return answer;
        } catch (DeviceException e) {
            LOG.info("idcard {} {} -> {}: {}", hex(request.command()), hex(request.parameter()),
                    e.getClass().getSimpleName(), e.getMessage());
            throw e;
        }
    }

    private static String status(byte[] answer) {
        int at = SamFrames.HEADER_LENGTH;
        return answer.length < at + 3 ? "no status"
                : "SW " + hex(answer[at]) + " " + hex(answer[at + 1]) + " " + hex(answer[at + 2]);
    }

    private static String hex(int value) {
        return String.format("%02X", value & 0xFF);
    }
}
