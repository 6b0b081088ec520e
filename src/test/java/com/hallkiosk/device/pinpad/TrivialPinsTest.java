package com.hallkiosk.device.pinpad;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrivialPinsTest {
    /** A made-up ID number: born 1985-03-12, ending 3417 with its check digit. */
    private static final String ID = "210402198503123417";

    @ParameterizedTest
    @ValueSource(strings = {"000000", "111111", "999999", "123456", "654321", "345678", "987654", "121212",
            "123123", "850312", "031285", "123417"})
    void refusesTheFirstPinsAGuesserTries(String pin) {
        assertThat(TrivialPins.whyRefused(pin.toCharArray(), ID)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"582914", "102938", "135790", "850313", "223417"})
    void acceptsOthers(String pin) {
        assertThat(TrivialPins.whyRefused(pin.toCharArray(), ID)).isEmpty();
    }

    @Test
    void theIdNumbersDigitsOnlyCountWhenItIsKnown() {
        assertThat(TrivialPins.whyRefused("850312".toCharArray(), null)).isEmpty();
        assertThat(TrivialPins.whyRefused("850312".toCharArray(), ID)).get().asString().contains("出生日期");
        assertThat(TrivialPins.whyRefused("123417".toCharArray(), ID)).get().asString().contains("身份证");
    }

    @Test
    void refusesWhatIsNotDigits() {
        assertThat(TrivialPins.whyRefused("12a456".toCharArray(), null)).get().asString().contains("数字");
    }
}
