package com.hallkiosk.catalog.search;

/**
 * Decides whether a normalised query matches the text at a given unit. A query letter is matched
 * against pinyin: a whole syllable, its first letter, its zh/ch/sh initial, or (at the end of the
 * query) the start of a syllable still being typed; any other query character must equal the text's.
 * So 社保卡 is found by 社保卡, shebaoka, sbk, shebk and shebaok alike, and 重 by zhong and chong.
 */
final class QueryMatcher {
    private final CharUnits units;

    QueryMatcher(CharUnits units) {
        this.units = units;
    }

    /** The unit after the match of {@code query} starting at {@code start}, or -1 if none. */
    int matchEnd(int[] text, int start, char[] query) {
        return match(text, start, query, 0);
    }

    private int match(int[] text, int at, char[] query, int consumed) {
        if (consumed == query.length) {
            return at;
        }
        if (at >= text.length || text[at] == IndexedText.SEPARATOR) {
            return -1;
        }
        int unit = text[at];
        char next = query[consumed];
        if (!CharUnits.isLetter(next)) {
            return units.form(unit) == next ? match(text, at + 1, query, consumed + 1) : -1;
        }
        for (char[] reading : units.readings(unit)) {
            int end = matchReading(text, at, query, consumed, reading);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    private int matchReading(int[] text, int at, char[] query, int consumed, char[] reading) {
        int common = commonPrefix(query, consumed, reading);
        if (common == 0) {
            return -1;
        }
        if (common == reading.length) {
            int end = match(text, at + 1, query, consumed + common);
            if (end >= 0) {
                return end;
            }
        } else if (consumed + common == query.length) {
            return at + 1;
        }
        if (reading.length > 1) {
            int end = match(text, at + 1, query, consumed + 1);
            if (end >= 0) {
                return end;
            }
        }
        if (common >= 2 && reading.length > 2 && isRetroflexInitial(reading)) {
            return match(text, at + 1, query, consumed + 2);
        }
        return -1;
    }

    private static int commonPrefix(char[] query, int from, char[] reading) {
        int n = Math.min(query.length - from, reading.length);
        int i = 0;
        while (i < n && query[from + i] == reading[i]) {
            i++;
        }
        return i;
    }

    static boolean isRetroflexInitial(char[] reading) {
        return reading[1] == 'h' && (reading[0] == 'z' || reading[0] == 'c' || reading[0] == 's');
    }
}
