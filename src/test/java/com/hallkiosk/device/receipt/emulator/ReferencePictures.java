package com.hallkiosk.device.receipt.emulator;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;

/** Compares a printed picture with its reference, and reads a QR code off one. */
final class ReferencePictures {
    private ReferencePictures() {
    }

    /** The share of pixels that differ, black against white, over the larger picture. */
    static double difference(BufferedImage actual, BufferedImage reference) {
        int width = Math.max(actual.getWidth(), reference.getWidth());
        int height = Math.max(actual.getHeight(), reference.getHeight());
        long differ = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (dark(actual, x, y) != dark(reference, x, y)) {
                    differ++;
                }
            }
        }
        return (double) differ / ((long) width * height);
    }

    /**
     * The largest share of differing pixels in any {@code tile} × {@code tile} square: a changed
     * character stands out in its square even when the whole picture hardly differs.
     */
    static double worstTile(BufferedImage actual, BufferedImage reference, int tile) {
        int width = Math.max(actual.getWidth(), reference.getWidth());
        int height = Math.max(actual.getHeight(), reference.getHeight());
        double worst = 0;
        for (int top = 0; top < height; top += tile) {
            for (int left = 0; left < width; left += tile) {
                int differ = 0;
                for (int y = top; y < Math.min(height, top + tile); y++) {
                    for (int x = left; x < Math.min(width, left + tile); x++) {
                        differ += dark(actual, x, y) != dark(reference, x, y) ? 1 : 0;
                    }
                }
                worst = Math.max(worst, (double) differ / (tile * tile));
            }
        }
        return worst;
    }

    static double ink(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                dark += dark(image, x, y) ? 1 : 0;
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    private static boolean dark(BufferedImage image, int x, int y) {
        return x < image.getWidth() && y < image.getHeight() && (image.getRGB(x, y) & 0xFF) < 128;
    }

    /** The text of the QR code on {@code image}, read with ZXing. */
    static String qrText(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}
