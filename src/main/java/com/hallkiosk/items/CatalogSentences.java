package com.hallkiosk.items;

import java.util.ArrayList;
import java.util.List;

/** The catalog's own sentences, quoted on screens and receipts where they say something the person needs. */
public final class CatalogSentences {
    private static final String FULL_STOP = "。";

    private CatalogSentences() {
    }

    /** The sentences of {@code text} (ended by 。) that contain {@code word}, each with its 。; none for null text. */
    public static List<String> containing(String text, String word) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (String sentence : text.split("(?<=" + FULL_STOP + ")")) {
            String trimmed = sentence.strip();
            if (trimmed.contains(word)) {
                found.add(trimmed.endsWith(FULL_STOP) ? trimmed : trimmed + FULL_STOP);
            }
        }
        return found;
    }
}
