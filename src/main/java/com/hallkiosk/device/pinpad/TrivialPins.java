package com.hallkiosk.device.pinpad;

import java.util.Optional;

/**
 * The PINs a new 社保卡 PIN may not be (issue 7: "trivial PINs refused"). The card locks after 6 wrong
 * PINs, so what matters is what a thief holding the card and the holder's ID card (or a photo of it) tries
 * in those 6: the same digit six times, a run up or down, a pair or a triple repeated, and the numbers
 * printed on the ID card — the birth date and the last digits of the ID number. These are the rules the
 * seeds leave to us; each says why in the reason it returns, which the screen shows in plain words.
 * The check works on the char array and makes no String of the PIN.
 */
public final class TrivialPins {
    private TrivialPins() {
    }

    /**
     * Why {@code pin} is refused, or empty when it may be used. {@code idNumber} is the holder's 18-character
     * ID number (GB 11643), or null when it is not known.
     */
    public static Optional<String> whyRefused(char[] pin, String idNumber) {
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return Optional.of("密码只能是数字 the PIN may have digits only");
            }
        }
        if (repeats(pin, 1)) {
            return Optional.of("不能是同一个数字 the PIN may not be one digit repeated");
        }
        if (run(pin, 1) || run(pin, -1)) {
            return Optional.of("不能是连续的数字 the PIN may not be consecutive digits (such as 123456 or 654321)");
        }
        if (repeats(pin, 2) || repeats(pin, 3)) {
            return Optional.of("不能是重复的数字组 the PIN may not repeat a group of digits (such as 121212 or 123123)");
        }
        if (idNumber != null && idNumber.length() == 18) {
            // The birth date YYYYMMDD is at 6–13: its last 6 digits (YYMMDD), and MMDDYY as some write it.
            String birth = idNumber.substring(6, 14);
            if (sameDigits(pin, birth.substring(2)) || sameDigits(pin, birth.substring(4) + birth.substring(2, 4))
                    || (pin.length <= birth.length() && sameDigits(pin, birth.substring(birth.length() - pin.length)))) {
                return Optional.of("不能是出生日期 the PIN may not be your date of birth");
            }
            if (pin.length <= idNumber.length() && sameDigits(pin, idNumber.substring(idNumber.length() - pin.length))) {
                return Optional.of("不能是身份证号码的后几位 the PIN may not be the end of your ID number");
            }
        }
        return Optional.empty();
    }

    /** Whether {@code pin} is a group of {@code size} digits repeated (size 1: one digit repeated). */
    private static boolean repeats(char[] pin, int size) {
        if (pin.length % size != 0 || pin.length == size) {
            return false;
        }
        for (int i = size; i < pin.length; i++) {
            if (pin[i] != pin[i - size]) {
                return false;
            }
        }
        return true;
    }

    /** Whether each digit is the one before plus {@code step}. */
    private static boolean run(char[] pin, int step) {
        for (int i = 1; i < pin.length; i++) {
            if (pin[i] - pin[i - 1] != step) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameDigits(char[] pin, String text) {
        if (text.length() != pin.length) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < pin.length; i++) {
            difference |= pin[i] ^ text.charAt(i);
        }
        return difference == 0;
    }
}
