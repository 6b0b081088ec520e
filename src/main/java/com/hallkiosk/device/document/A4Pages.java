package com.hallkiosk.device.document;

import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Whether a document is A4 pages, upright or on their side. Pages are printed at their own size, so a
 * page of another size would come out scaled or cut by the printer: it is refused instead.
 */
final class A4Pages {
    private static final float POINTS_PER_MM = 72f / 25.4f;
    /** Half a millimetre: what rounding A4's 210 × 297 mm to points leaves between PDF producers. */
    private static final float TOLERANCE = 0.5f * POINTS_PER_MM;

    private A4Pages() {
    }

    /** Why the document is not A4 pages, if it is not. */
    static Optional<String> problem(PDDocument pdf) {
        if (pdf.getNumberOfPages() == 0) {
            return Optional.of("the document has no pages");
        }
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            PDRectangle box = pdf.getPage(i).getMediaBox();
            float shorter = Math.min(box.getWidth(), box.getHeight());
            float longer = Math.max(box.getWidth(), box.getHeight());
            if (Math.abs(shorter - PDRectangle.A4.getWidth()) > TOLERANCE
                    || Math.abs(longer - PDRectangle.A4.getHeight()) > TOLERANCE) {
                return Optional.of(String.format(Locale.ROOT, "page %d is %.0f × %.0f mm, not A4 (210 × 297 mm)",
                        i + 1, box.getWidth() / POINTS_PER_MM, box.getHeight() / POINTS_PER_MM));
            }
        }
        return Optional.empty();
    }
}
