package com.hallkiosk.device.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The technician's A4 test page: Chinese and English text in the kiosk's own font, a frame 10 mm inside
 * the paper's edges (a side that is missing is cut off by the printer) and a 100 mm ruler to measure
 * (any other length means the page was scaled). It carries no personal data.
 */
public final class A4TestPage {
    public static final String JOB_NAME = "a4-test-page";
    private static final String FONT = "/fonts/NotoSansSC-Regular.ttf";
    private static final float MM = 72f / 25.4f;
    private static final float MARGIN = 10 * MM;
    private static final float RULER = 100 * MM;

    private A4TestPage() {
    }

    /** The page, naming the queue it was sent to and when it was made. */
    public static PrintablePdf build(String queue, ZonedDateTime made) {
        try (PDDocument document = new PDDocument(); InputStream font = A4TestPage.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException(FONT + " is missing from the jar");
            }
            PDType0Font face = PDType0Font.load(document, font, true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setLineWidth(0.5f);
                content.addRect(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN);
                content.stroke();
                float left = 25 * MM;
                float top = height - 35 * MM;
                text(content, face, 22, left, top, "A4 打印测试页 · A4 test page");
                text(content, face, 12, left, top - 12 * MM, "人社自助终端 Hall Kiosk");
                text(content, face, 12, left, top - 20 * MM, "队列 Queue: " + (queue.isEmpty() ? "(default)" : queue));
                text(content, face, 12, left, top - 28 * MM, "时间 Time: "
                        + made.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx")));
                ruler(content, left, top - 50 * MM);
                text(content, face, 12, left, top - 60 * MM, "此线应长 100 mm · this line must measure 100 mm");
                text(content, face, 12, left, top - 68 * MM, "外框距纸边 10 mm · the frame is 10 mm inside the edges");
                content.addRect(left, top - 100 * MM, 20 * MM, 20 * MM);
                content.fill();
            }
            return PrintablePdf.of(document, JOB_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("the test page cannot be made", e);
        }
    }

    private static void text(PDPageContentStream content, PDType0Font face, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(face, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** A 100 mm line with a tick every centimetre, longer at 0, 50 and 100. */
    private static void ruler(PDPageContentStream content, float x, float y) throws IOException {
        content.setLineWidth(0.8f);
        content.moveTo(x, y);
        content.lineTo(x + RULER, y);
        for (int cm = 0; cm <= 10; cm++) {
            float tick = (cm % 5 == 0 ? 4 : 2) * MM;
            content.moveTo(x + cm * 10 * MM, y);
            content.lineTo(x + cm * 10 * MM, y + tick);
        }
        content.stroke();
    }
}
