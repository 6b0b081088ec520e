package com.hallkiosk.catalog.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The distinct characters of an index, each with its matching form (lower-case, full-width folded)
 * and its pinyin readings. Text becomes arrays of unit ids, so that matching compares ints and finds
 * readings by index instead of hashing characters. Filled while the index is built, read-only after.
 */
final class CharUnits {
    static final int NONE = -1;
    private static final char[][] NO_READINGS = new char[0][];

    private final PinyinReadings pinyin;
    private final int[] unitOfChar = new int[Character.MAX_VALUE + 1];
    private char[] forms = new char[256];
    private char[][][] readings = new char[256][][];
    private int[] firstLetters = new int[256];
    private int size;

    CharUnits(PinyinReadings pinyin) {
        this.pinyin = pinyin;
        Arrays.fill(unitOfChar, NONE);
    }

    /** The unit of {@code c}, added when new; whitespace has none (it never takes part in a match). */
    int add(char c) {
        if (Character.isWhitespace(c)) {
            return NONE;
        }
        int unit = unitOfChar[c];
        if (unit != NONE) {
            return unit;
        }
        if (size == forms.length) {
            forms = Arrays.copyOf(forms, size * 2);
            readings = Arrays.copyOf(readings, size * 2);
            firstLetters = Arrays.copyOf(firstLetters, size * 2);
        }
        char form = form(c);
        forms[size] = form;
        readings[size] = readingsOf(form);
        firstLetters[size] = letterMask(readings[size]);
        unitOfChar[c] = size;
        return size++;
    }

    /** The unit of {@code c}, or {@link #NONE} when no indexed text has it. */
    int find(char c) {
        return unitOfChar[c];
    }

    char form(int unit) {
        return forms[unit];
    }

    char[][] readings(int unit) {
        return readings[unit];
    }

    /** Bit {@code l - 'a'} is set when a reading of the unit starts with letter {@code l}. */
    int firstLetters(int unit) {
        return firstLetters[unit];
    }

    int size() {
        return size;
    }

    /** Folds full-width forms and case, so that ＡＰＰ, APP and app are one. */
    static char form(char c) {
        String folded = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.length() == 1 ? folded.charAt(0) : Character.toLowerCase(c);
    }

    static boolean isLetter(char form) {
        return form >= 'a' && form <= 'z';
    }

    private char[][] readingsOf(char form) {
        if (isLetter(form)) {
            return new char[][] {{form}};
        }
        String[] pinyinReadings = pinyin.of(form);
        if (pinyinReadings.length == 0) {
            return NO_READINGS;
        }
        char[][] result = new char[pinyinReadings.length][];
        for (int i = 0; i < pinyinReadings.length; i++) {
            result[i] = pinyinReadings[i].toCharArray();
        }
        return result;
    }

    private static int letterMask(char[][] unitReadings) {
        int mask = 0;
        for (char[] reading : unitReadings) {
            mask |= 1 << (reading[0] - 'a');
        }
        return mask;
    }
}
