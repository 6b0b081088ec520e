package com.hallkiosk.device.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * What came out of a printer against what was sent, page by page. The cups-pdf queue's PDF is the
 * paper: it went through PostScript and Ghostscript, so it has no text to compare, only ink.
 */
public final class PrintedPages {
    /** Rendering both pages at this resolution, ink within a pixel (0.17 mm) of each other means the same place. */
    private static final float DPI = 150;
    private static final int MARKED = 200;
    /** Clearly dark: such a pixel must have a match on the other page. */
    private static final int DARK = 96;
    /** What counts as its match: at least this dark, so that a grey area drawn a few levels lighter still matches. */
    private static final int MATCH = 160;

    private PrintedPages() {
    }

    /**
     * The printed page against the page sent: the same size, the ink in the same box (no scaling, no
     * shift, nothing cut off) and the same dark marks, give or take a pixel.
     */
    public static void assertSamePage(PDDocument paper, int paperPage, PDDocument sent, int sentPage) throws IOException {
        BufferedImage printed = render(paper, paperPage);
        BufferedImage original = render(sent, sentPage);
        assertThat(printed.getWidth()).isEqualTo(original.getWidth());
        assertThat(printed.getHeight()).isEqualTo(original.getHeight());
        int[] paperInk = inkBox(printed);
        int[] sentInk = inkBox(original);
        for (int side = 0; side < 4; side++) {
            assertThat(paperInk[side]).as("page %d, ink box side %d", sentPage + 1, side).isCloseTo(sentInk[side], within(1));
        }
        // Two renderers put a thin line or the edge of a glyph a pixel apart, so every dark pixel of each
        // page must have a dark pixel within a pixel of it on the other; a mark missing, added or moved
        // by more than that leaves dark pixels unmatched.
        long unmatched = unmatchedDark(original, printed) + unmatchedDark(printed, original);
        long dark = darkPixels(original) + darkPixels(printed);
        assertThat((double) unmatched / Math.max(1, dark)).as("page %d, dark pixels without a match", sentPage + 1)
                .isLessThan(0.005);
    }

    private static long unmatchedDark(BufferedImage page, BufferedImage other) {
        long unmatched = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if (gray(page, x, y) < DARK && !darkNear(other, x, y)) {
                    unmatched++;
                }
            }
        }
        return unmatched;
    }

    private static boolean darkNear(BufferedImage image, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < image.getWidth() && ny < image.getHeight() && gray(image, nx, ny) < MATCH) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long darkPixels(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (gray(image, x, y) < DARK) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static BufferedImage render(PDDocument document, int page) throws IOException {
        return new PDFRenderer(document).renderImageWithDPI(page, DPI, ImageType.GRAY);
    }

    /**
     * Left, top, right and bottom of the marked pixels. Anything clearly off white counts, so that grey
     * text (a certificate's footer), which two renderers anti-alias to slightly different greys, is in
     * both boxes.
     */
    private static int[] inkBox(BufferedImage image) {
        int[] box = {image.getWidth(), image.getHeight(), -1, -1};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (gray(image, x, y) < MARKED) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                }
            }
        }
        return box;
    }

    private static int gray(BufferedImage image, int x, int y) {
        return image.getRaster().getSample(x, y, 0);
    }
}
