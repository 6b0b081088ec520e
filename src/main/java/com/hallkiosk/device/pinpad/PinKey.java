package com.hallkiosk.device.pinpad;

/** A key of a PIN entry as the screen hears of it: which kind of key, never which digit. */
public enum PinKey {
    /** A digit was added (one more dot). */
    DIGIT,
    /** A digit was pressed while the PIN already had all its digits, and ignored. */
    DIGIT_IGNORED,
    /** The last digit was removed. */
    BACKSPACE,
    /** Every digit was removed (更正 on most pads). */
    CLEAR,
    /** The person gave up; the entry ends. */
    CANCEL,
    /** Enter with every digit: the entry ends with the PIN. */
    ENTER,
    /** Enter before every digit was typed: the entry goes on. */
    ENTER_TOO_SHORT
}
