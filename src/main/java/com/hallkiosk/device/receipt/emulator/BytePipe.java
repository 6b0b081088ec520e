package com.hallkiosk.device.receipt.emulator;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/** One direction of the in-memory line: bytes written on one thread, read on another, with a wait. */
final class BytePipe {
    private byte[] data = new byte[4096];
    private int start;
    private int end;
    private boolean closed;

    /** False when the pipe is closed (the line unplugged). */
    synchronized boolean write(byte[] bytes) {
        if (closed) {
            return false;
        }
        if (end + bytes.length > data.length) {
            int held = end - start;
            byte[] grown = data.length - held >= bytes.length ? data : Arrays.copyOf(data, Math.max(2 * data.length, held + bytes.length));
            System.arraycopy(data, start, grown, 0, held);
            data = grown;
            start = 0;
            end = held;
        }
        System.arraycopy(bytes, 0, data, end, bytes.length);
        end += bytes.length;
        notifyAll();
        return true;
    }

    /** Up to {@code length} bytes into {@code buffer} at {@code offset}, within {@code waitNanos}; 0 when none came, -1 when closed. */
    synchronized int read(byte[] buffer, int offset, int length, long waitNanos) throws InterruptedException {
        long deadline = System.nanoTime() + waitNanos;
        while (start == end && !closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return 0;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        if (start == end) {
            return -1;
        }
        int n = Math.min(length, end - start);
        System.arraycopy(data, start, buffer, offset, n);
        start += n;
        return n;
    }

    synchronized void clear() {
        start = 0;
        end = 0;
    }

    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
