package com.hallkiosk.certificate.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width. Chinese breaks between any two characters, except that a
 * line does not start with closing punctuation or end with opening punctuation (the usual 避头尾 rule),
 * and a run of Latin letters and digits (a number, an amount, an address) stays whole unless it is
 * longer than the line.
 */
final class LineBreaker {
    private static final String NO_LINE_START = "，。、；：？！）》」』”’〉】…—·,.;:?!)]}%";
    private static final String NO_LINE_END = "（《「『“‘〈【([{";

    private final CertificateFont font;

    LineBreaker(CertificateFont font) {
        this.font = font;
    }

    /** The lines of {@code text} within {@code width} points at {@code size}, the first narrower by {@code indent}. */
    List<String> lines(String text, float width, float size, float indent) {
        int[] codePoints = text.codePoints().toArray();
        List<String> lines = new ArrayList<>();
        int start = 0;
        float available = width - indent;
        while (start < codePoints.length) {
            int end = start;
            float used = 0;
            while (end < codePoints.length && used + font.width(codePoints[end], size) <= available) {
                used += font.width(codePoints[end], size);
                end++;
            }
            if (end < codePoints.length) {
                end = breakBefore(codePoints, start, end);
            }
            lines.add(new String(codePoints, start, end - start).stripTrailing());
            start = end;
            while (start < codePoints.length && codePoints[start] == ' ') {
                start++;
            }
            available = width;
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    /** The last place at or before {@code end} (and after {@code start}) where a line may break. */
    private static int breakBefore(int[] codePoints, int start, int end) {
        for (int at = end; at > start; at--) {
            if (mayBreak(codePoints[at - 1], codePoints[at])) {
                return at;
            }
        }
        return Math.max(end, start + 1);
    }

    private static boolean mayBreak(int before, int after) {
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        return !(isWordCharacter(before) && isWordCharacter(after));
    }

    private static boolean isWordCharacter(int c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || "-_./:?=&%+@,*#".indexOf(c) >= 0);
    }
}
