package com.hallkiosk.device.receipt;

import java.time.Duration;

/**
 * The whole transport to a receipt printer, one method wide. ESC/POS is a stream: the host writes
 * commands and data, and the printer answers only a few of them (DLE EOT n and GS r n, one byte each),
 * so an exchange is bytes out and a number of bytes back. Serial, logging and metering are
 * implementations and decorators of it, and so is the emulator's in-memory line.
 */
@FunctionalInterface
public interface PrinterLink {
    /**
     * Writes {@code bytes} (none is fine), then reads exactly {@code answerLength} bytes (none is fine),
     * all within {@code timeout}.
     *
     * @throws com.hallkiosk.device.DeviceException.Timeout not all written, or not all read, in time
     * @throws com.hallkiosk.device.DeviceException.Offline the printer's port is gone
     */
    byte[] exchange(byte[] bytes, int answerLength, Duration timeout);
}
