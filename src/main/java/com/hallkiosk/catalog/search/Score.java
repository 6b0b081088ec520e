package com.hallkiosk.catalog.search;

/**
 * A match's rank packed into a non-negative long, smaller is better: field tier, then a match of the
 * whole text, then one at its start, then earlier positions, then catalog order (fields are numbered
 * in entry order).
 */
final class Score {
    static final int WHOLE = 0;
    static final int START = 1;
    static final int INSIDE = 2;
    private static final int POSITION_BITS = 20;
    private static final int MAX_POSITION = (1 << POSITION_BITS) - 1;

    private Score() {
    }

    static long of(SearchField.FieldTier tier, int place, int field, int position) {
        return ((long) tier.ordinal() << 60)
                | ((long) place << 58)
                | ((long) Math.min(position, MAX_POSITION) << 32)
                | field;
    }

    static int place(int position, int end, int fieldLength) {
        if (position > 0) {
            return INSIDE;
        }
        return end < fieldLength ? START : WHOLE;
    }

    static int field(long score) {
        return (int) score;
    }

    static int position(long score) {
        return (int) ((score >>> 32) & MAX_POSITION);
    }
}
