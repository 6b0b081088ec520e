package com.hallkiosk.certificate.render;

/**
 * A character the certificate's font cannot draw, found in the value of {@code field}: the page shows
 * the fallback mark 〓 in its place (the printers' mark for a missing character), and the PDF's text
 * still carries the character itself. The code point alone is logged; never the value it came from.
 */
public record UnrenderedCharacter(int codePoint, String field) {
    /** {@code U+20000 in holderName}. */
    @Override
    public String toString() {
        return String.format("U+%04X in %s", codePoint, field);
    }
}
