package com.hallkiosk.items.certificate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The first page of a PDF as a picture for the screen, and a picture as PNG bytes; all in memory. */
final class PreviewImage {
    private PreviewImage() {
    }

    /** Page 1 of {@code pdf}, {@code widthPx} pixels wide. */
    static BufferedImage firstPage(byte[] pdf, int widthPx) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float scale = widthPx / document.getPage(0).getMediaBox().getWidth();
            return new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw a certificate held in memory", e);
        }
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a PNG in memory", e);
        }
        return out.toByteArray();
    }
}
