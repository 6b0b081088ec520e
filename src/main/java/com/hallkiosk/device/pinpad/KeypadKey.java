package com.hallkiosk.device.pinpad;

/**
 * A key of the on-screen keypad: a digit (its label is the digit) or a function key. The screen draws
 * {@code label}; the press goes back to {@link OnScreenPinPad#press(KeypadKey)}.
 */
public record KeypadKey(String label, PinKey kind, char digit) {
    static KeypadKey digitKey(char digit) {
        return new KeypadKey(String.valueOf(digit), PinKey.DIGIT, digit);
    }

    static KeypadKey function(String label, PinKey kind) {
        return new KeypadKey(label, kind, '\0');
    }

    public boolean isDigit() {
        return kind == PinKey.DIGIT;
    }

    @Override
    public String toString() {
        // A key object in a log would name its digit: only its kind.
        return "KeypadKey[" + kind + "]";
    }
}
