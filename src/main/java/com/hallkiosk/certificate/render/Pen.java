package com.hallkiosk.certificate.render;

import com.hallkiosk.certificate.template.PageFrame;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Draws on one content stream, writing a font size, colour, line width or text mode only when it
 * changes, and coordinates to a quarter of a point: a certificate's tables are hundreds of cells,
 * and the operators they would repeat are a third of the page's bytes. Text the font cannot draw shows
 * 〓 in a marked-content span whose ActualText is the real character, so copying or extracting the
 * text still gives it.
 */
final class Pen implements AutoCloseable {
    /** Outline stroke for bold, as a share of the font size: the font has one weight. */
    private static final float BOLD_STROKE = 0.03f;
    private static final String FALLBACK = new String(Character.toChars(CertificateFont.FALLBACK));

    private final PDPageContentStream stream;
    private final PDType0Font pdfFont;
    private final CertificateFont font;
    // What the stream's graphics state holds; NaN and null until first set, so the first use writes it.
    private float fontSize = Float.NaN;
    private float fill = Float.NaN;
    private float stroke = Float.NaN;
    private float lineWidth = Float.NaN;
    private RenderingMode mode;

    Pen(PDPageContentStream stream, PDType0Font pdfFont, CertificateFont font) {
        this.stream = stream;
        this.pdfFont = pdfFont;
        this.font = font;
    }

    PDPageContentStream stream() {
        return stream;
    }

    /** {@code text} with its baseline at ({@code x}, {@code baseline}). */
    void text(String text, float x, float baseline, PageFrame.TextStyle style) throws IOException {
        float size = (float) style.size();
        stream.beginText();
        if (size != fontSize) {
            stream.setFont(pdfFont, size);
            fontSize = size;
        }
        fill((float) style.gray());
        if (style.bold()) {
            mode(RenderingMode.FILL_STROKE);
            stroke((float) style.gray(), size * BOLD_STROKE);
        } else {
            mode(RenderingMode.FILL);
        }
        stream.newLineAtOffset(round(x), round(baseline));
        int runStart = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (!font.canDraw(codePoint)) {
                if (i > runStart) {
                    stream.showText(text.substring(runStart, i));
                }
                fallback(text.substring(i, next));
                runStart = next;
            }
            i = next;
        }
        if (runStart < text.length()) {
            stream.showText(text.substring(runStart));
        }
        stream.endText();
    }

    /**
     * 〓 in a span whose ActualText is {@code character}. The property list is written inline: PDFBox's
     * marked-content call puts it in the page's resources instead, where poppler 22 (Debian 12's
     * pdftotext) does not look for ActualText; PDFBox has no other way to write it inline.
     */
    @SuppressWarnings("deprecation")
    private void fallback(String character) throws IOException {
        StringBuilder utf16 = new StringBuilder("FEFF");
        for (char c : character.toCharArray()) {
            utf16.append(String.format("%04X", (int) c));
        }
        stream.appendRawCommands("/Span <</ActualText <" + utf16 + ">>> BDC\n");
        stream.showText(FALLBACK);
        stream.endMarkedContent();
    }

    void fillBox(float x, float top, float width, float height, float gray) throws IOException {
        fill(gray);
        stream.addRect(round(x), round(top - height), round(width), round(height));
        stream.fill();
    }

    /** The outlines of {@code boxes} (each x, top, width, height) as one path. */
    void strokeBoxes(List<float[]> boxes, float width) throws IOException {
        stroke(0, width);
        for (float[] box : boxes) {
            stream.addRect(round(box[0]), round(box[1] - box[3]), round(box[2]), round(box[3]));
        }
        stream.stroke();
    }

    private void fill(float gray) throws IOException {
        if (gray != fill) {
            stream.setNonStrokingColor(gray);
            fill = gray;
        }
    }

    private void stroke(float gray, float width) throws IOException {
        if (gray != stroke) {
            stream.setStrokingColor(gray);
            stroke = gray;
        }
        if (width != lineWidth) {
            stream.setLineWidth(width);
            lineWidth = width;
        }
    }

    private void mode(RenderingMode wanted) throws IOException {
        if (wanted != mode) {
            stream.setRenderingMode(wanted);
            mode = wanted;
        }
    }

    /** To a quarter point (0.09 mm): a binary fraction, so it is written with at most two decimals. */
    private static float round(float value) {
        return Math.round(value * 4) / 4f;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
