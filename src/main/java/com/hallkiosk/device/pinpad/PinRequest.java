package com.hallkiosk.device.pinpad;

import java.time.Duration;

/**
 * What PIN to collect: {@code length} digits (6 for the 社保卡), within {@code timeout} from the start of
 * the entry.
 */
public record PinRequest(int length, Duration timeout) {
    /** The 社保卡's service PIN: 6 digits. */
    public static final int SOCIAL_SECURITY_CARD_LENGTH = 6;
    private static final int SHORTEST = 4;
    private static final int LONGEST = 12;

    public PinRequest {
        if (length < SHORTEST || length > LONGEST) {
            throw new IllegalArgumentException("a PIN has " + SHORTEST + " to " + LONGEST + " digits, not " + length);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a PIN entry needs a positive timeout");
        }
    }

    public static PinRequest socialSecurityCard(Duration timeout) {
        return new PinRequest(SOCIAL_SECURITY_CARD_LENGTH, timeout);
    }
}
