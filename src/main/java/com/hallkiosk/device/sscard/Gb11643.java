package com.hallkiosk.device.sscard;

/**
 * The check character of an 18-character citizen identity number (GB 11643-1999), which is also the
 * social security number (社会保障号码): ISO 7064 MOD 11-2 over the first 17 digits.
 */
public final class Gb11643 {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    public static final int LENGTH = 18;

    private Gb11643() {
    }

    /** The check character for the first 17 digits of {@code number}. */
    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            char digit = number.charAt(i);
            if (digit < '0' || digit > '9') {
                throw new IllegalArgumentException("identity numbers start with 17 digits");
            }
            sum += (digit - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** 18 characters: 17 digits and the right check character ({@code X} in upper case). */
    public static boolean isValid(String number) {
        return number.length() == LENGTH && number.chars().limit(LENGTH - 1).allMatch(c -> c >= '0' && c <= '9')
                && number.charAt(LENGTH - 1) == checkCharacter(number);
    }
}
