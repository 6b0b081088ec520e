package com.hallkiosk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643's check digit (ISO 7064 MOD 11-2). */
class IdNumbersTest {
    /** The example number of GB 11643 itself. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void theStandardsExampleIsValidAndItsCheckDigitIsX() {
        assertThat(IdNumbers.hasValidCheckDigit(STANDARD_EXAMPLE)).isTrue();
        assertThat(IdNumbers.checkDigit(STANDARD_EXAMPLE)).isEqualTo('X');
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "11010519491231002x", "11010519491231002", "11010519491231002XX",
            "1101051949123100AX", "", "CAN110085091801"})
    void wrongDigitsLengthsAndCharactersFail(String number) {
        assertThat(IdNumbers.hasValidCheckDigit(number)).isFalse();
    }

    @Test
    void everySingleDigitChangeAndEveryAdjacentSwapIsCaught() {
        char[] digits = STANDARD_EXAMPLE.toCharArray();
        for (int i = 0; i < 17; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == digits[i]) {
                    continue;
                }
                char[] changed = digits.clone();
                changed[i] = d;
                assertThat(IdNumbers.hasValidCheckDigit(new String(changed))).as("digit %d changed to %s", i, d).isFalse();
            }
        }
        for (int i = 0; i < 16; i++) {
            if (digits[i] == digits[i + 1]) {
                continue;
            }
            char[] swapped = digits.clone();
            swapped[i] = digits[i + 1];
            swapped[i + 1] = digits[i];
            assertThat(IdNumbers.hasValidCheckDigit(new String(swapped))).as("digits %d and %d swapped", i, i + 1).isFalse();
        }
    }

    @Test
    void checkDigitsOfOtherNumbersFollowTheSameRule() {
        // 4*7 + 4*9 + 0*10 + 3*5 + 0*8 + 4*4 + 1*2 + 9*1 + 9*6 + 0*3 + 0*7 + 1*9 + 0*10 + 1*5 + 1*8 + 2*4 + 3*2
        // = 196; 196 mod 11 = 9, and position 9 of "10X98765432" is '3'.
        assertThat(IdNumbers.checkDigit("44030419900101123")).isEqualTo('3');
        assertThat(IdNumbers.hasValidCheckDigit("440304199001011233")).isTrue();
    }

    @org.junit.jupiter.api.Test
    void theCheckDigitNeedsSeventeenDigits() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IdNumbers.checkDigit("l1010519491231002"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThat(IdNumbers.checkDigit("11010519491231002")).isEqualTo('X');
    }
}
