package com.hallkiosk.catalog.curated;

import java.util.regex.Pattern;

/**
 * A seed document reduced to what curated text is compared with: no conversion debris, no list
 * markers, no whitespace. Curated text reduced the same way must occur in it.
 */
final class SeedText {
    private static final Pattern DEBRIS = Pattern.compile("\\[bookmark:[^\\]]*]|\\[image:[^\\]]*]|</?p[^>]*>|\\*\\*|[|<>]");
    private static final Pattern CIRCLED = Pattern.compile("[①-⑳]");
    private static final Pattern LINE_MARKER = Pattern.compile("(?m)^\\s*(?:[-*]\\s*)?(?:\\d{1,2}[.、．]|[（(]\\d{1,2}[)）])");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String plain;
    private final String withoutLineMarkers;

    SeedText(String seed) {
        String cleaned = DEBRIS.matcher(seed).replaceAll("");
        plain = reduce(cleaned);
        withoutLineMarkers = reduce(LINE_MARKER.matcher(cleaned).replaceAll(""));
    }

    static String reduce(String text) {
        return WHITESPACE.matcher(CIRCLED.matcher(text).replaceAll("")).replaceAll("");
    }

    /**
     * Whether {@code text} is verbatim from the seed: whole, or as pieces the curators joined with
     * single spaces (per-channel limits, sub-guides, numbered lists).
     */
    boolean contains(String text) {
        if (has(reduce(text))) {
            return true;
        }
        for (String piece : text.split(" ")) {
            if (!has(reduce(piece))) {
                return false;
            }
        }
        return true;
    }

    private boolean has(String reduced) {
        return plain.contains(reduced) || withoutLineMarkers.contains(reduced);
    }
}
