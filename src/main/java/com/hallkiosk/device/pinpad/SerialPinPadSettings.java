package com.hallkiosk.device.pinpad;

import java.time.Duration;

/**
 * A serial PIN pad: where it is, at which baud, how long a command may take to be answered, and how often
 * the pad is asked whether it is still there while nobody types.
 */
public record SerialPinPadSettings(String port, int baud, Duration commandTimeout, Duration healthPoll) {
}
