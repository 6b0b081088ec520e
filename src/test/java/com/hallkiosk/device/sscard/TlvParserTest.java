package com.hallkiosk.device.sscard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TlvParserTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void theCardNumberRecordOfTheSourcesParsesToItsValue() throws Exception {
        // protocols §2.4 worked example: 07 09 "X00000019"
        Tlv record = TlvParser.parseRecord(HEX.parseHex("0709583030303030303139"), 0x07);
        assertThat(record.tag()).isEqualTo(0x07);
        assertThat(new String(record.value(), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("X00000019");
    }

    @Test
    void aSequenceIsParsedInOrderAndAnEmptyInputIsNoObjects() throws Exception {
        assertThat(TlvParser.parseAll(HEX.parseHex("0A0131" + "0B0101" + "0D00")))
                .containsExactly(new Tlv(0x0A, new byte[] {'1'}), new Tlv(0x0B, new byte[] {1}), new Tlv(0x0D, new byte[0]));
        assertThat(TlvParser.parseAll(new byte[0])).isEmpty();
    }

    @Test
    void theThreeByteLengthIsReadForLongValuesAndWrittenTheSameWay() throws Exception {
        byte[] value = new byte[300];
        byte[] encoded = new Tlv(0x42, value).encode();
        assertThat(HEX.formatHex(encoded, 0, 4)).isEqualTo("42ff012c");
        assertThat(TlvParser.parseAll(encoded)).containsExactly(new Tlv(0x42, value));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "'', a record holds one data object, not 0",
            "00 01 31, tag 00 is not a SIMPLE-TLV tag at byte 0",
            "FF 01 31, tag FF is not a SIMPLE-TLV tag at byte 0",
            "07, the length is missing at byte 1",
            "07 09 58 30, the value needs 9 bytes, 2 are left at byte 2",
            "07 FF 01, the three-byte length is cut short at byte 2",
            "07 FF 00 05 01 02 03 04 05, a three-byte length for 5 bytes at byte 2",
            "07 01 31 00, tag 00 is not a SIMPLE-TLV tag at byte 3",
            "07 01 31 08 01 32, a record holds one data object, not 2",
            "08 01 31, 'expected tag 07, found 08'"})
    void malformedRecordsAreRefusedWithWhereTheyWentWrong(String hex, String message) {
        assertThatThrownBy(() -> TlvParser.parseRecord(HEX.parseHex(hex.replace(" ", "")), 0x07))
                .isInstanceOf(TlvFormatException.class).hasMessageStartingWith(message);
    }

    @Test
    void theErrorSaysWhereTheInputWentWrong() {
        TlvFormatException error = catchThrowableOfType(
                () -> TlvParser.parseAll(HEX.parseHex("0701310A0531")), TlvFormatException.class);
        assertThat(error.offset()).isEqualTo(5);
    }

    @Test
    void anObjectDoesNotShowItsValue() {
        Tlv name = new Tlv(0x09, "张三".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(name.toString()).isEqualTo("Tlv[tag=09, 4 bytes]");
        assertThat(List.of(name).toString()).doesNotContain("D5C5");
    }
}
