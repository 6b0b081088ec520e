package com.hallkiosk.device.pinpad;

/** The line to a serial PIN pad, opened; every call returns within its short wait. */
public interface PinPadLink extends AutoCloseable {
    /** Writes every byte of {@code bytes}; fails Offline when the port went away. */
    void write(byte[] bytes);

    /**
     * Reads what has come, waiting at most about 100 ms for the first byte: the count read, 0 when nothing
     * came; fails Offline when the port went away.
     */
    int read(byte[] buffer);

    @Override
    void close();
}
