package com.hallkiosk.certificate.template;

import java.util.List;
import java.util.Map;

/**
 * What every certificate page shares, from {@code certificates/page.json}: paper and margins (points),
 * the text styles, the line at the top and the foot of every page, and the closing block at the foot
 * of the last page (verification QR code, issuance lines, the issuing office's name and date under
 * its seal).
 */
public record PageFrame(Paper paper, Map<String, TextStyle> styles, Line header, Line footer, Closing closing) {
    /** The styles the layout itself uses; a template may use any style the frame defines. */
    public static final List<String> REQUIRED_STYLES = List.of("title", "heading", "body", "label", "value", "cell",
            "cellHeader", "small");

    /** Page size and margins in points (1/72 inch). */
    public record Paper(double width, double height, double marginTop, double marginBottom, double marginLeft,
                        double marginRight) {
    }

    /** Size and line height in points; bold is drawn by stroking the outline; gray 0 is black, 1 white. */
    public record TextStyle(double size, double lineHeight, boolean bold, double gray) {
    }

    /** One line of text in a style; the footer may use {@code {page}} and {@code {pages}}. */
    public record Line(String text, String style, Align align) {
    }

    /**
     * The block at the foot of the last page: a QR code of {@code qrSize} points with its caption, the
     * issuance lines beside it, and the signature lines (issuing office, date) at the right under the seal.
     */
    public record Closing(double height, double qrSize, String qrCaption, List<String> lines, String linesStyle,
                          List<String> signature, String signatureStyle) {
    }
}
