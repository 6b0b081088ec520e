package com.hallkiosk.app;

/**
 * Pads text to a column width as a terminal shows it: Chinese characters take two cells, so padding
 * by character count would misalign every table with a Chinese name in it.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String pad(String text, int cells) {
        int width = width(text);
        return width >= cells ? text : text + " ".repeat(cells - width);
    }

    static int width(String text) {
        return text.codePoints().map(TerminalText::cells).sum();
    }

    private static int cells(int codePoint) {
        boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F)
                || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
                || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
