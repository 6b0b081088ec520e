package com.hallkiosk.device.idcard;

import java.util.Random;

/**
 * A byte stream for the frame reader from an array, handed out in chunks of random size (as a serial
 * port does); at its end it says "nothing yet" (0) or "gone" (-1).
 */
final class ArraySource implements SamFrameReader.ByteSource {
    private final byte[] bytes;
    private final Random chunks;
    private final boolean goneAtEnd;
    private int at;

    ArraySource(byte[] bytes, long seed, boolean goneAtEnd) {
        this.bytes = bytes;
        this.chunks = new Random(seed);
        this.goneAtEnd = goneAtEnd;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        if (at == bytes.length) {
            return goneAtEnd ? -1 : 0;
        }
        int n = Math.min(Math.min(length, bytes.length - at), 1 + chunks.nextInt(64));
        System.arraycopy(bytes, at, buffer, offset, n);
        at += n;
        return n;
    }

    int consumed() {
        return at;
    }
}
