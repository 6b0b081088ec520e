package com.hallkiosk.identity;

/**
 * The 18-character citizen identity number of GB 11643: 17 digits and a check digit computed with
 * ISO 7064 MOD 11-2. It is also the social security number (社会保障号码) on a social security card.
 * The same rule holds for the HK/Macao/Taiwan residence permit and, from 2023, for the foreign
 * permanent resident card's 18-digit number.
 */
public final class IdNumbers {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private IdNumbers() {
    }

    /** True when {@code number} is 17 digits followed by the right check digit (upper-case X for 10). */
    public static boolean hasValidCheckDigit(String number) {
        if (number.length() != WEIGHTS.length + 1 || !number.substring(0, WEIGHTS.length).chars().allMatch(IdNumbers::isDigit)) {
            return false;
        }
        return number.charAt(WEIGHTS.length) == checkDigit(number);
    }

    /** The check character for the first 17 digits of {@code number}; they must be digits. */
    public static char checkDigit(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            char digit = number.charAt(i);
            if (!isDigit(digit)) {
                throw new IllegalArgumentException("an identity number starts with 17 digits");
            }
            sum += (digit - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
