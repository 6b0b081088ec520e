package com.hallkiosk.items;

import java.util.List;
import java.util.Optional;

/**
 * What the confirm step shows: the lines saying what will be done (masked), and for a certificate a picture
 * of it with the personal data masked, so the person sees what will come out before it is printed.
 *
 * @param previewPng a PNG of the masked preview, or empty
 */
public record Confirmation(List<String> lines, Optional<byte[]> previewPng) {
    public Confirmation {
        lines = List.copyOf(lines);
    }

    public static Confirmation of(List<String> lines) {
        return new Confirmation(lines, Optional.empty());
    }
}
