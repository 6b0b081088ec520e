package com.hallkiosk.certificate.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * The issuing office's seal. A seal is a one-colour stamp, so the image is kept as its shape (a 1-bit
 * stencil: the opaque part of a PNG with transparency, or the non-white part of one without) and one
 * ink colour (the average of the shape's pixels), the shape compressed with CCITT Group 4 as fax
 * machines do. A 40 mm seal at 300 dpi then costs ~2.5 KB in each certificate, where the colour and
 * transparency of the same PNG cost ~40 KB. It is read and compressed once; each certificate gets a
 * copy of the compressed bytes.
 */
final class SealImage {
    /** A pixel at least half opaque (or, without transparency, darker than this) is ink. */
    private static final int INK_THRESHOLD = 128;
    private static final int NEAR_WHITE = 230;

    private final int width;
    private final int height;
    private final byte[] group4;
    private final float[] ink;

    private SealImage(int width, int height, byte[] group4, float[] ink) {
        this.width = width;
        this.height = height;
        this.group4 = group4;
        this.ink = ink;
    }

    /** Reads a PNG (or any image Java reads). */
    static SealImage read(Path file) {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seal image " + file, e);
        }
        if (image == null) {
            throw new UncheckedIOException(new IOException("the seal image " + file + " is not an image Java can read"
                    + " (use a PNG)"));
        }
        try {
            return of(image, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress the seal image " + file, e);
        }
    }

    private static SealImage of(BufferedImage image, Path file) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        boolean transparent = image.getColorModel().hasAlpha();
        int rowBytes = (width + 7) / 8;
        // One bit a pixel, rows padded to whole bytes, 1 for ink: what the Group 4 encoder takes.
        byte[] bits = new byte[rowBytes * height];
        long red = 0;
        long green = 0;
        long blue = 0;
        long inked = 0;
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                if (isInk(argb, transparent)) {
                    red += (argb >> 16) & 0xFF;
                    green += (argb >> 8) & 0xFF;
                    blue += argb & 0xFF;
                    inked++;
                    bits[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        if (inked == 0) {
            throw new UncheckedIOException(new IOException("the seal image " + file + " is empty: no pixel is opaque"
                    + " (or, without transparency, darker than white)"));
        }
        float[] ink = {red / (255f * inked), green / (255f * inked), blue / (255f * inked)};
        ByteArrayOutputStream group4 = new ByteArrayOutputStream(bits.length / 8);
        FilterFactory.INSTANCE.getFilter(COSName.CCITTFAX_DECODE).encode(new ByteArrayInputStream(bits), group4,
                parameters(width, height), 0);
        return new SealImage(width, height, group4.toByteArray(), ink);
    }

    /** Group 4 (K < 0) at the image's size; without BlackIs1, a decoded 0 is ink, which a stencil paints. */
    private static COSDictionary parameters(int width, int height) {
        COSDictionary parameters = new COSDictionary();
        parameters.setInt(COSName.K, -1);
        parameters.setInt(COSName.COLUMNS, width);
        parameters.setInt(COSName.ROWS, height);
        return parameters;
    }

    private static boolean isInk(int argb, boolean transparent) {
        if (transparent) {
            return (argb >>> 24) >= INK_THRESHOLD;
        }
        int lightest = Math.max((argb >> 16) & 0xFF, Math.max((argb >> 8) & 0xFF, argb & 0xFF));
        int darkest = Math.min((argb >> 16) & 0xFF, Math.min((argb >> 8) & 0xFF, argb & 0xFF));
        return darkest < NEAR_WHITE || lightest - darkest > 255 - NEAR_WHITE;
    }

    /**
     * Stamps the seal, {@code diameter} points across, its lower left corner at ({@code x}, {@code y}): in
     * its ink, multiplied onto the page as ink is, so the text under it stays readable.
     */
    void stamp(PDDocument document, PDPageContentStream stream, float x, float y, float diameter) throws IOException {
        PDImageXObject image = new PDImageXObject(document, new ByteArrayInputStream(group4), COSName.CCITTFAX_DECODE,
                width, height, 1, null);
        image.getCOSObject().setItem(COSName.DECODE_PARMS, parameters(width, height));
        image.setStencil(true);
        stream.saveGraphicsState();
        PDExtendedGraphicsState multiply = new PDExtendedGraphicsState();
        multiply.setBlendMode(BlendMode.MULTIPLY);
        stream.setGraphicsStateParameters(multiply);
        stream.setNonStrokingColor(ink[0], ink[1], ink[2]);
        stream.drawImage(image, x, y, diameter, diameter * height / width);
        stream.restoreGraphicsState();
    }
}
