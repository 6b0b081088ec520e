package com.hallkiosk.device.receipt.emulator;

/** The emulated printer's end of its line: a pty end, or an in-memory pipe. */
interface PrinterSide extends AutoCloseable {
    /**
     * Reads what has come, up to {@code buffer.length} bytes, waiting a little (~0.1 s) when nothing has.
     *
     * @return the bytes read, 0 when none came, -1 when the line is gone (unplugged)
     */
    int read(byte[] buffer);

    /** Sends {@code bytes} to the host; false when the line is gone. */
    boolean write(byte[] bytes);

    @Override
    void close();
}
