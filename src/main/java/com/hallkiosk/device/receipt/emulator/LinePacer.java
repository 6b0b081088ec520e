package com.hallkiosk.device.receipt.emulator;

import com.hallkiosk.device.idcard.IdCardReaderSettings;
import java.util.concurrent.locks.LockSupport;

/**
 * Keeps one direction of an emulated serial line to its baud rate: a pty or an in-memory pipe passes
 * bytes at memory speed, so each batch is taken to arrive when its last byte would have on a real line
 * that started sending as soon as it was free.
 */
final class LinePacer {
    /**
     * A batch taken this soon after the line fell free was waiting already: the line did not idle, it is
     * only this thread that woke late. Without it, each wake-up's lateness would add to the line time.
     */
    private static final long BUSY_WITHIN_NANOS = 250_000;

    private final int baud;
    private long lineFreeAt = System.nanoTime();

    LinePacer(int baud) {
        this.baud = baud;
    }

    /** Waits until {@code bytes} more would have crossed the line. */
    void carry(int bytes) {
        long now = System.nanoTime();
        long start = now - lineFreeAt < BUSY_WITHIN_NANOS ? lineFreeAt : now;
        lineFreeAt = start + IdCardReaderSettings.lineTime(bytes, baud).toNanos();
        for (long wait = lineFreeAt - System.nanoTime(); wait > 0; wait = lineFreeAt - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }
}
