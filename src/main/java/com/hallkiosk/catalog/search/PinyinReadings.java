package com.hallkiosk.catalog.search;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Every toneless pinyin reading of a Han character (重 → zhong, chong), from pinyin4j, with ü written v.
 * A searcher cannot know which reading the writer meant, so each one must find the character.
 */
public final class PinyinReadings {
    private static final String[] NONE = new String[0];

    private final HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
    private final Map<Character, String[]> cache = new ConcurrentHashMap<>();

    public PinyinReadings() {
        format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        format.setVCharType(HanyuPinyinVCharType.WITH_V);
        format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
    }

    /** The distinct readings of {@code c}, or none when it is not a Han character pinyin4j knows. */
    public String[] of(char c) {
        return cache.computeIfAbsent(c, this::lookUp).clone();
    }

    private String[] lookUp(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, format);
            if (readings == null) {
                return NONE;
            }
            return Arrays.stream(readings)
                    .filter(reading -> !reading.isEmpty() && reading.chars().allMatch(l -> l >= 'a' && l <= 'z'))
                    .distinct()
                    .toArray(String[]::new);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin4j rejected a fixed output format", e);
        }
    }
}
