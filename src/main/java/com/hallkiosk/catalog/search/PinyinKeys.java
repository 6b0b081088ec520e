package com.hallkiosk.catalog.search;

import java.util.function.IntConsumer;

/**
 * The letter keys under which a position of the text is posted: every way the first two or three
 * letters of a query could be spelled starting there. A unit may spend one letter (the first letter
 * of a reading), two (a two-letter reading, or a zh/ch/sh initial) or more (a longer reading, or the
 * start of one the person is still typing); the keys enumerate those ways over up to three units.
 */
final class PinyinKeys {
    static final int LETTERS = 26;
    static final int PAIRS = LETTERS * LETTERS;
    static final int TRIPLES = PAIRS * LETTERS;

    private final CharUnits units;

    PinyinKeys(CharUnits units) {
        this.units = units;
    }

    static int pair(char first, char second) {
        return (first - 'a') * LETTERS + (second - 'a');
    }

    static int triple(char first, char second, char third) {
        return pair(first, second) * LETTERS + (third - 'a');
    }

    /** Every pair key a query may start with at {@code at}. */
    void pairs(int[] text, int at, IntConsumer key) {
        for (char[] reading : readings(text, at)) {
            if (reading.length >= 2) {
                key.accept(pair(reading[0], reading[1]));
            }
            for (char[] next : readings(text, at + 1)) {
                key.accept(pair(reading[0], next[0]));
            }
        }
    }

    /** Receives the triple keys of a position. */
    interface TripleSink {
        /** A key spelled by one reading of three letters, or across several units. */
        void triple(int key);

        /**
         * A key that is the start of a reading longer than three letters (shen, sheng for "she"):
         * a longer query can only match there if its fourth letter agrees, so such positions are
         * also posted under the four-letter key.
         */
        void longReading(int tripleKey, int quadKey);
    }

    /** Every triple key a query may start with at {@code at}. */
    void triples(int[] text, int at, TripleSink sink) {
        char[][] second = readings(text, at + 1);
        for (char[] reading : readings(text, at)) {
            if (reading.length == 3) {
                sink.triple(triple(reading[0], reading[1], reading[2]));
            } else if (reading.length > 3) {
                int key = triple(reading[0], reading[1], reading[2]);
                sink.longReading(key, key * LETTERS + (reading[3] - 'a'));
            }
            boolean spendsTwo = reading.length == 2 || (reading.length > 2 && QueryMatcher.isRetroflexInitial(reading));
            for (char[] next : second) {
                if (spendsTwo) {
                    sink.triple(triple(reading[0], reading[1], next[0]));
                }
                if (next.length >= 2) {
                    sink.triple(triple(reading[0], next[0], next[1]));
                }
                for (char[] third : readings(text, at + 2)) {
                    sink.triple(triple(reading[0], next[0], third[0]));
                }
            }
        }
    }

    static int quad(char first, char second, char third, char fourth) {
        return triple(first, second, third) * LETTERS + (fourth - 'a');
    }

    private char[][] readings(int[] text, int at) {
        return at < text.length && text[at] != IndexedText.SEPARATOR ? units.readings(text[at]) : NONE;
    }

    private static final char[][] NONE = new char[0][];
}
