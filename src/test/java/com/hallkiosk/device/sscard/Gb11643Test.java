package com.hallkiosk.device.sscard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Gb11643Test {
    @Test
    void theStandardsExampleEndsInX() {
        assertThat(Gb11643.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(Gb11643.isValid("11010519491231002X")).isTrue();
    }

    @Test
    void anyOtherLastCharacterALowerCaseXOrAWrongLengthIsNotValid() {
        assertThat(Gb11643.isValid("110105194912310021")).isFalse();
        assertThat(Gb11643.isValid("11010519491231002x")).isFalse();
        assertThat(Gb11643.isValid("11010519491231002")).isFalse();
        assertThat(Gb11643.isValid("1101051949123100A2X")).isFalse();
        assertThat(Gb11643.isValid("l1010519491231002X")).isFalse();
    }
}
