package com.hallkiosk.device.pinpad;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the on-screen keypad for one PIN entry: the ten digits in an order drawn with
 * {@link SecureRandom} for each entry, so that someone watching where the finger goes learns nothing of
 * the digits, and the function keys where they always are (people look for them, and they give nothing
 * away). Four rows of three: digits in the first three rows and the middle of the fourth, 清除 (clear) and
 * 退格 (backspace) on either side of it; then 取消 (cancel) and 确认 (enter).
 */
public record KeypadLayout(List<List<KeypadKey>> rows) {
    public static final KeypadKey CLEAR = KeypadKey.function("清除", PinKey.CLEAR);
    public static final KeypadKey BACKSPACE = KeypadKey.function("退格", PinKey.BACKSPACE);
    public static final KeypadKey CANCEL = KeypadKey.function("取消", PinKey.CANCEL);
    public static final KeypadKey ENTER = KeypadKey.function("确认", PinKey.ENTER);

    public KeypadLayout {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A new layout with the digits shuffled by {@code random} (Fisher–Yates). */
    static KeypadLayout shuffled(SecureRandom random) {
        char[] digits = "0123456789".toCharArray();
        for (int i = digits.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = digits[i];
            digits[i] = digits[j];
            digits[j] = swap;
        }
        List<List<KeypadKey>> rows = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            rows.add(List.of(KeypadKey.digitKey(digits[row * 3]), KeypadKey.digitKey(digits[row * 3 + 1]),
                    KeypadKey.digitKey(digits[row * 3 + 2])));
        }
        rows.add(List.of(CLEAR, KeypadKey.digitKey(digits[9]), BACKSPACE));
        rows.add(List.of(CANCEL, ENTER));
        return new KeypadLayout(rows);
    }

    /** The digit keys' labels in reading order (left to right, top to bottom). */
    public String digitOrder() {
        StringBuilder order = new StringBuilder();
        rows.forEach(row -> row.stream().filter(KeypadKey::isDigit).forEach(key -> order.append(key.digit())));
        return order.toString();
    }

    @Override
    public String toString() {
        // The layout maps finger positions to digits: it stays out of logs.
        return "KeypadLayout[" + rows.size() + " rows]";
    }
}
