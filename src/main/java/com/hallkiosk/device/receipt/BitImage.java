package com.hallkiosk.device.receipt;

import java.awt.image.BufferedImage;

/**
 * A picture in printer dots as GS v 0 sends it: rows top to bottom, each {@link #widthBytes()} bytes,
 * the leftmost dot in the highest bit, 1 for a dot printed.
 */
public final class BitImage {
    private static final int DARK_BELOW = 128;

    private final int width;
    private final int height;
    private final byte[] rows;

    public BitImage(int width, int height, byte[] rows) {
        if (width < 1 || height < 1 || rows.length != (width + 7) / 8 * height) {
            throw new IllegalArgumentException(width + " × " + height + " dots do not make " + rows.length + " bytes");
        }
        this.width = width;
        this.height = height;
        this.rows = rows.clone();
    }

    /** The dark pixels (luminance below half) of {@code image}. */
    public static BitImage of(BufferedImage image) {
        int widthBytes = (image.getWidth() + 7) / 8;
        byte[] rows = new byte[widthBytes * image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xFF) * 299 + ((rgb >> 8) & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (luminance < DARK_BELOW) {
                    rows[y * widthBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new BitImage(image.getWidth(), image.getHeight(), rows);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int widthBytes() {
        return (width + 7) / 8;
    }

    public boolean dot(int x, int y) {
        return (rows[y * widthBytes() + x / 8] & (0x80 >> (x % 8))) != 0;
    }

    public byte[] rows() {
        return rows.clone();
    }
}
