package com.hallkiosk.device.sscard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.DeviceException;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Byte vectors from protocols §2.4: each representation both ways. */
class ItemFormatTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "CARD_NUMBER, X00000019, 583030303030303139",
            "CARD_IDENTIFIER, 639900D15600000500BF7C7A48FB4966, 639900D15600000500BF7C7A48FB4966",
            "SPEC_VERSION, 3.00, 332E3030",
            "ISSUE_DATE, 20101001, 20101001",
            "ETHNICITY, 01, 01",
            "BIRTHPLACE, 210302, 210302",
            "BIRTHPLACE, 2103, 2103FF",
            "GENDER, 2, 32",
            "NAME, 张三, D5C5C8FD0000000000000000000000000000000000000000000000000000"})
    void encodesAsTheCardStoresAndDecodesBack(SsseItem item, String text, String bytes) {
        assertThat(HEX.formatHex(item.format().encode(item, text))).isEqualTo(bytes);
        assertThat(item.format().decode(item, HEX.parseHex(bytes))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "NAME, 20D5C5C8FD2000, 张三",
            "CARD_NUMBER, 583030303030313900, X0000019",
            "SPEC_VERSION, 332E3030, 3.00"})
    void paddingWithSpacesAndZerosIsTrimmedAndMayBeShort(SsseItem item, String bytes, String text) {
        assertThat(item.format().decode(item, HEX.parseHex(bytes))).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "ISSUE_DATE, 2010A001",
            "ISSUE_DATE, 201010",
            "BIRTHPLACE, 21F302",
            "BIRTHPLACE, FFFFFF",
            "CARD_IDENTIFIER, 639900",
            "NAME, 81",
            "CARD_NUMBER, 58E0",
            "CARD_NUMBER, 58303030303030313900"})
    void bytesNotInTheItemsFormatAreAnInvalidCardNamingTheItemNotTheBytes(SsseItem item, String bytes) {
        assertThatThrownBy(() -> item.format().decode(item, HEX.parseHex(bytes)))
                .isInstanceOf(DeviceException.InvalidCard.class)
                .hasMessageContaining(item.label())
                .hasMessageNotContaining(bytes);
    }
}
