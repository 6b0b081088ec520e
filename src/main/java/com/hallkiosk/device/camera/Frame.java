package com.hallkiosk.device.camera;

import java.util.Arrays;

/**
 * One camera frame as 8-bit grey (a camera's luma plane), in memory only. A frame is personal data: it has no
 * text form beyond its size, it is never written anywhere, and {@link #wipe()} fills its pixels with zeros; the
 * {@link FaceCapture} that holds it wipes it when the session ends.
 */
public final class Frame {
    private final int width;
    private final int height;
    private final byte[] luma;
    private boolean wiped;

    /** Takes {@code luma} (row by row, {@code width × height} bytes) as its own: the caller keeps no copy. */
    public Frame(int width, int height, byte[] luma) {
        if (luma.length != width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " frame has " + width * height + " pixels");
        }
        this.width = width;
        this.height = height;
        this.luma = luma;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels themselves, not a copy; fails once the frame is wiped. */
    public synchronized byte[] luma() {
        if (wiped) {
            throw new IllegalStateException("the frame was wiped");
        }
        return luma;
    }

    public synchronized boolean wiped() {
        return wiped;
    }

    /** Whether every pixel is zero: what a test checks after the wipe. */
    public synchronized boolean blank() {
        for (byte value : luma) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    public synchronized void wipe() {
        Arrays.fill(luma, (byte) 0);
        wiped = true;
    }

    @Override
    public String toString() {
        return "Frame[" + width + "×" + height + "]";
    }
}
