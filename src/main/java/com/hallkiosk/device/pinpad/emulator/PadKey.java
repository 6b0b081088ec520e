package com.hallkiosk.device.pinpad.emulator;

/**
 * The keys of a ZT588/ZT598 pad, in the order of its key matrix (the order of the key table the host
 * loads): {@code 1 2 3 取消 / 4 5 6 更正 / 7 8 9 (blank) / . 0 00 确认 / A C E G / B D F H}.
 */
public enum PadKey {
    ONE, TWO, THREE, CANCEL, FOUR, FIVE, SIX, CORRECT, SEVEN, EIGHT, NINE, BLANK, DOT, ZERO, DOUBLE_ZERO, ENTER,
    A, C, E, G, B, D, F, H;

    /** The key printed with {@code digit}. */
    public static PadKey digit(char digit) {
        return switch (digit) {
            case '0' -> ZERO;
            case '1' -> ONE;
            case '2' -> TWO;
            case '3' -> THREE;
            case '4' -> FOUR;
            case '5' -> FIVE;
            case '6' -> SIX;
            case '7' -> SEVEN;
            case '8' -> EIGHT;
            case '9' -> NINE;
            default -> throw new IllegalArgumentException("not a digit");
        };
    }
}
