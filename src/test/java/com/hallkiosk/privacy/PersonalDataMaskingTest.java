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
    void socialSecurityCardNumbersKeepTheirLetterAndLastTwoCharacters() {
        assertThat(PersonalDataMasking.socialSecurityCardNumber("X00000019")).isEqualTo("X******19");
        assertThat(PersonalDataMasking.socialSecurityCardNumber("A1234")).isEqualTo("*****");
        assertThat(PersonalDataMasking.socialSecurityCardNumber(null)).isNull();
    }

    @Test
    void namesKeepOnlyTheirFirstCharacterAndHideTheirLength() {
        assertThat(PersonalDataMasking.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(PersonalDataMasking.name("李")).isEqualTo("李***");
        assertThat(PersonalDataMasking.name("𠀀明")).isEqualTo("𠀀***");
    }

    @Test
    void addressesKeepOnlyTheirDistrict() {
        assertThat(PersonalDataMasking.address("辽宁省鞍山市铁东区安乐街16号")).isEqualTo("辽宁省鞍山市铁东区***");
        assertThat(PersonalDataMasking.address("辽宁省海城市孤山镇东街5号")).isEqualTo("辽宁省海城市***");
        assertThat(PersonalDataMasking.address("山东省济南市历下区解放东路16号")).isEqualTo("山东省济南市历下区***");
        assertThat(PersonalDataMasking.address("北京市朝阳区建国路1号")).isEqualTo("北京市朝阳区***");
        assertThat(PersonalDataMasking.address("内蒙古自治区呼伦贝尔市鄂温克族自治旗巴彦托海镇")).isEqualTo("内蒙古自治区呼伦贝尔市鄂温克族自治旗***");
        assertThat(PersonalDataMasking.address("某某村三组")).isEqualTo("某某***");
        assertThat(PersonalDataMasking.address("一二三四五六七八九")).isEqualTo("一二三四***");
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
