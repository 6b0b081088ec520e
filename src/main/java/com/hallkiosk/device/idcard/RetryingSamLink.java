package com.hallkiosk.device.idcard;

import com.hallkiosk.device.DeviceException;
import java.time.Duration;

/**
 * Sends a request again, a bounded number of times, when the line garbled it: a garbled or cut-short
 * answer, no answer, or the module saying the request reached it garbled (SW3 10 or 11). Answers that
 * are clear, such as "no card", go back at once, and so does an unplugged module.
 */
public final class RetryingSamLink implements SamLink {
    private final SamLink next;
    private final int attempts;

    public RetryingSamLink(SamLink next, int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt: " + attempts);
        }
        this.next = next;
        this.attempts = attempts;
    }

    @Override
    public byte[] transceive(byte[] requestFrame, Duration timeout) {
        for (int attempt = 1; ; attempt++) {
            try {
                byte[] answer = next.transceive(requestFrame, timeout);
                if (attempt == attempts || !reachedGarbled(answer)) {
                    return answer;
                }
            } catch (DeviceException.Protocol | DeviceException.Timeout e) {
                if (attempt == attempts) {
                    throw e;
                }
            }
        }
    }

    private static boolean reachedGarbled(byte[] answer) {
        return SamStatus.of(SamResponse.parse(answer).sw3())
                .filter(status -> status.meaning() == SamStatus.Meaning.GARBLED_REQUEST).isPresent();
    }
}
