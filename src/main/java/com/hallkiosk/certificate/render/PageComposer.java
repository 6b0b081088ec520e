package com.hallkiosk.certificate.render;

import com.hallkiosk.certificate.template.Align;
import com.hallkiosk.certificate.template.PageFrame;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The pages of one certificate as they fill: the current page's pen, how much room is left on it, the
 * frame's header on each page as it starts and its footer on all of them at the end.
 */
final class PageComposer implements AutoCloseable {
    /** Where the ideographic em box sits on the baseline: 0.88 em above it, 0.12 below. */
    private static final float ASCENT = 0.88f;
    private static final float GAP_UNDER_HEADER = 6;

    private final PDDocument document;
    private final PDType0Font pdfFont;
    private final CertificateFont font;
    private final PageFrame frame;
    private final Function<String, String> fill;
    private final PDRectangle paper;
    private final List<PDPage> pages = new ArrayList<>();
    private Pen pen;
    private float y;

    PageComposer(PDDocument document, PDType0Font pdfFont, CertificateFont font, PageFrame frame, Function<String, String> fill) {
        this.document = document;
        this.pdfFont = pdfFont;
        this.font = font;
        this.frame = frame;
        this.fill = fill;
        this.paper = new PDRectangle((float) frame.paper().width(), (float) frame.paper().height());
    }

    /** Starts a page, with the frame's header line; the free space starts under it. */
    void newPage() throws IOException {
        if (pen != null) {
            pen.close();
        }
        PDPage page = new PDPage(paper);
        document.addPage(page);
        pages.add(page);
        pen = new Pen(new PDPageContentStream(document, page), pdfFont, font);
        PageFrame.TextStyle style = style(frame.header().style());
        float top = paper.getHeight() - (float) frame.paper().marginTop();
        line(pen, fill.apply(frame.header().text()), left(), right(), top, style, frame.header().align());
        y = top - (float) style.lineHeight() - GAP_UNDER_HEADER;
    }

    /** Closes the last page and writes the frame's footer on every page, now that their number is known. */
    void finish() throws IOException {
        pen.close();
        pen = null;
        PageFrame.TextStyle style = style(frame.footer().style());
        float top = (float) frame.paper().marginBottom() + (float) style.lineHeight();
        for (int i = 0; i < pages.size(); i++) {
            String text = frame.footer().text().replace("{page}", Integer.toString(i + 1))
                    .replace("{pages}", Integer.toString(pages.size()));
            try (Pen foot = new Pen(new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND,
                    true, true), pdfFont, font)) {
                line(foot, fill.apply(text), left(), right(), top, style, frame.footer().align());
            }
        }
    }

    int pageCount() {
        return pages.size();
    }

    float left() {
        return (float) frame.paper().marginLeft();
    }

    float right() {
        return paper.getWidth() - (float) frame.paper().marginRight();
    }

    float width() {
        return right() - left();
    }

    /** The top of the free space on this page. */
    float top() {
        return y;
    }

    /** The lowest point content may reach: above the footer. */
    float bottom() {
        PageFrame.TextStyle footer = style(frame.footer().style());
        return (float) frame.paper().marginBottom() + 2 * (float) footer.lineHeight();
    }

    boolean fits(float height) {
        return y - height >= bottom();
    }

    void down(float height) {
        y -= height;
    }

    PDDocument document() {
        return document;
    }

    Pen pen() {
        return pen;
    }

    PageFrame.TextStyle style(String name) {
        return frame.styles().get(name);
    }

    float width(String text, PageFrame.TextStyle style) {
        return font.width(text, (float) style.size());
    }

    /** {@code text} on one line whose box starts at {@code top}, aligned between {@code from} and {@code to}. */
    void line(String text, float from, float to, float top, PageFrame.TextStyle style, Align align) throws IOException {
        line(pen, text, from, to, top, style, align);
    }

    private void line(Pen on, String text, float from, float to, float top, PageFrame.TextStyle style, Align align)
            throws IOException {
        float size = (float) style.size();
        float textWidth = font.width(text, size);
        float x = switch (align) {
            case LEFT -> from;
            case CENTER -> from + (to - from - textWidth) / 2;
            case RIGHT -> to - textWidth;
        };
        float baseline = top - ((float) style.lineHeight() - size) / 2 - ASCENT * size;
        on.text(text, x, baseline, style);
    }

    @Override
    public void close() throws IOException {
        if (pen != null) {
            pen.close();
        }
    }
}
