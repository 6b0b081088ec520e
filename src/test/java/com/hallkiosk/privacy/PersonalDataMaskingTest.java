package com.hallkiosk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskingTest {
    @Test
    void identityNumbersKeepTheirFirstSixAndLastFourCharacters() {
        assertThat(PersonalDataMasking.idNumber("21030219900101123X")).isEqualTo("210302********123X");
        assertThat(PersonalDataMasking.idNumber("210302900101123")).isEqualTo("210302*****1123");
        assertThat(PersonalDataMasking.idNumber("1234")).isEqualTo("****");
        assertThat(PersonalDataMasking.idNumber(null)).isNull();
    }

    @Test
    void namesKeepOnlyTheirFirstCharacterAndHideTheirLength() {
        assertThat(PersonalDataMasking.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(PersonalDataMasking.name("李")).isEqualTo("李***");
        assertThat(PersonalDataMasking.name("𠀀明")).isEqualTo("𠀀***");
    }

    @Test
    void freeTextHasEveryIdentityCardAndMobileNumberMasked() {
        String masked = PersonalDataMasking.text("read 21030219900101123X and card 6217000010001234567, call 13812345678");
        assertThat(masked).isEqualTo("read 210302********123X and card 621700*********4567, call 138****5678");
    }

    @Test
    void shortNumbersAndOfficePhonesAreLeftAlone() {
        assertThat(PersonalDataMasking.text("拨打 12333 或 0412-5550533，第 3 窗口"))
                .isEqualTo("拨打 12333 或 0412-5550533，第 3 窗口");
    }
}
