package com.hallkiosk.certificate.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealImageTest {
    @TempDir
    Path directory;

    @Test
    void theSealIsStampedInItsInkWhereItIsOpaque() throws Exception {
        BufferedImage seal = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = seal.createGraphics();
        graphics.setColor(new Color(200, 20, 10));
        graphics.fillRect(0, 0, 50, 100);
        graphics.dispose();
        Path file = directory.resolve("seal.png");
        ImageIO.write(seal, "png", file.toFile());

        BufferedImage page = stampAndRender(SealImage.read(file));
        assertThat(new Color(page.getRGB(25, 50))).isEqualTo(new Color(200, 20, 10));
        assertThat(new Color(page.getRGB(75, 50))).isEqualTo(Color.WHITE);
    }

    @Test
    void aSealWithoutTransparencyIsInkWhereItIsNotWhite() throws Exception {
        BufferedImage seal = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = seal.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 100, 100);
        graphics.setColor(new Color(180, 0, 0));
        graphics.fillRect(50, 0, 50, 100);
        graphics.dispose();
        Path file = directory.resolve("seal.png");
        ImageIO.write(seal, "png", file.toFile());

        BufferedImage page = stampAndRender(SealImage.read(file));
        assertThat(new Color(page.getRGB(25, 50))).isEqualTo(Color.WHITE);
        assertThat(new Color(page.getRGB(75, 50))).isEqualTo(new Color(180, 0, 0));
    }

    @Test
    void aFileThatIsNoImageOrAnEmptyImageIsNamed() throws Exception {
        Path text = directory.resolve("seal.png");
        Files.writeString(text, "not an image");
        assertThatThrownBy(() -> SealImage.read(text)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("is not an image Java can read");
        Path empty = directory.resolve("empty.png");
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB), "png", empty.toFile());
        assertThatThrownBy(() -> SealImage.read(empty)).hasMessageContaining("is empty");
    }

    /** The seal stamped over a 100 × 100 point page, rendered at 72 dpi: a pixel per point. */
    private static BufferedImage stampAndRender(SealImage seal) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(100, 100));
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                seal.stamp(document, stream, 0, 0, 100);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            try (PDDocument saved = Loader.loadPDF(out.toByteArray())) {
                return new PDFRenderer(saved).renderImageWithDPI(0, 72);
            }
        }
    }
}
