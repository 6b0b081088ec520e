package com.hallkiosk.device.receipt;

import com.hallkiosk.device.DeviceException;
import java.time.Duration;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each exchange by what it was (a status query, print data and how many bytes, a wait) and the
 * printer's answer bytes, never the print data itself: a receipt carries names and numbers.
 */
public final class LoggingPrinterLink implements PrinterLink {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingPrinterLink.class);

    private final PrinterLink next;

    public LoggingPrinterLink(PrinterLink next) {
        this.next = next;
    }

    @Override
    public byte[] exchange(byte[] bytes, int answerLength, Duration timeout) {
        try {
            byte[] answer = next.exchange(bytes, answerLength, timeout);
            if (LOG.isDebugEnabled()) {
                LOG.debug("receipt {} -> {}", what(bytes), hex(answer));
            }
            return answer;
        } catch (DeviceException e) {
            LOG.info("receipt {} -> {}: {}", what(bytes), e.getClass().getSimpleName(), e.getMessage());
            throw e;
        }
    }

    private static String what(byte[] bytes) {
        if (bytes.length == 0) {
            return "wait";
        }
        return Arrays.equals(bytes, PrinterStatus.query()) ? "DLE EOT 1-4" : bytes.length + " bytes of print data";
    }

    private static String hex(byte[] answer) {
        if (answer.length == 0) {
            return "no answer asked";
        }
        StringBuilder text = new StringBuilder();
        for (byte b : answer) {
            text.append(text.length() == 0 ? "" : " ").append(String.format("%02X", b & 0xFF));
        }
        return text.toString();
    }
}
