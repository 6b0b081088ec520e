package com.hallkiosk.certificate.render;

import java.util.List;

/**
 * A certificate as a PDF/A-2b document, in memory only: personal data is never written to disk by the
 * renderer. The caller prints {@link #pdf()} and lets it go; {@link #unrenderedCharacters()} lists what
 * the font lacked (drawn as 〓), for the caller to show or log.
 */
public final class RenderedCertificate {
    private final byte[] pdf;
    private final int pages;
    private final List<UnrenderedCharacter> unrenderedCharacters;

    RenderedCertificate(byte[] pdf, int pages, List<UnrenderedCharacter> unrenderedCharacters) {
        this.pdf = pdf;
        this.pages = pages;
        this.unrenderedCharacters = List.copyOf(unrenderedCharacters);
    }

    /** The PDF file's bytes; the array is the caller's (not copied, so it can be overwritten after printing). */
    public byte[] pdf() {
        return pdf;
    }

    public int pages() {
        return pages;
    }

    public List<UnrenderedCharacter> unrenderedCharacters() {
        return unrenderedCharacters;
    }
}
