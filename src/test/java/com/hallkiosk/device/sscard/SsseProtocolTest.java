package com.hallkiosk.device.sscard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.identity.Gender;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The SSSE read and PIN commands against a scripted card that expects every byte: the exact APDUs
 * (Le included) and their number.
 */
class SsseProtocolTest {
    static final String SELECT_SSSE = "00A404000F 7378312E73682EC9E7BBE1B1A3D5CF";
    private static final String SSN = "3131303130353139343931323331303032 58"; // 11010519491231002X, GB 11643's example
    private static final String NAME_ZHANG_SAN_30 = "D5C5C8FD" + "00".repeat(26);

    /** A clean read in the default addressing: SELECT SSSE, SELECT EF05, 7 records, SELECT EF06, 6 records. */
    static ScriptedTransport cleanCard() {
        return cleanCard(SSN);
    }

    private static ScriptedTransport cleanCard(String ssn) {
        return new ScriptedTransport()
                .expect(SELECT_SSSE, "9000")
                .expect("00A4020002EF05", "9000")
                .expect("00B2010012", "0110 639900D15600000500BF7C7A48FB4966 9000")
                .expect("00B2020003", "0201 33 9000")
                .expect("00B2030006", "0304 312E3030 9000")
                .expect("00B204000E", "040C 639900000000000000000001 9000")
                .expect("00B2050006", "0504 20101001 9000")
                .expect("00B2060006", "0604 20201001 9000")
                .expect("00B207000B", "0709 583030303030303139 9000")
                .expect("00A4020002EF06", "9000")
                .expect("00B2080014", "0812 " + ssn + " 9000")
                .expect("00B2090020", "091E " + NAME_ZHANG_SAN_30 + " 9000")
                .expect("00B20A0003", "0A01 31 9000")
                .expect("00B20B0003", "0B01 01 9000")
                .expect("00B20C0005", "0C03 110105 9000")
                .expect("00B20D0006", "0D04 19491231 9000");
    }

    @Test
    void aCleanReadIsSixteenApdusAndDecodesEveryItem() {
        ScriptedTransport card = cleanCard();
        SocialSecurityCard read = new SsseProtocol(ReadRecordAddressing.BY_TAG).read(card);
        card.assertAllExchanged();
        assertThat(read.apduCount()).isEqualTo(16).isEqualTo(card.sent().size());
        assertThat(card.sent()).doesNotHaveDuplicates();
        System.out.println("SSSE read, select-then-tag addressing, clean card: " + read.apduCount() + " APDUs");
        assertThat(read.cardIdentifier()).isEqualTo("639900D15600000500BF7C7A48FB4966");
        assertThat(read.issuingRegion()).isEqualTo("639900");
        assertThat(read.cardType()).isEqualTo("3");
        assertThat(read.specVersion()).isEqualTo("1.00");
        assertThat(read.issuer()).isEqualTo("639900000000000000000001");
        assertThat(read.issueDate()).isEqualTo(LocalDate.of(2010, 10, 1));
        assertThat(read.expiryDate()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(read.cardNumber()).isEqualTo("X00000019");
        assertThat(read.socialSecurityNumber()).isEqualTo("11010519491231002X");
        assertThat(read.name()).isEqualTo("张三");
        assertThat(read.gender()).isEqualTo(Gender.MALE);
        assertThat(read.ethnicity()).isEqualTo("汉");
        assertThat(read.birthplace()).isEqualTo("110105");
        assertThat(read.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void shortFileIdAddressingSavesTheTwoFileSelects() {
        ScriptedTransport card = new ScriptedTransport()
                .expect(SELECT_SSSE, "9000")
                .expect("00B2012C12", "0110 639900D15600000500BF7C7A48FB4966 9000")
                .expect("00B2022C03", "0201 33 9000")
                .expect("00B2032C06", "0304 332E3030 9000")
                .expect("00B2042C0E", "040C 639900000000000000000001 9000")
                .expect("00B2052C06", "0504 20211203 9000")
                .expect("00B2062C06", "0604 20311202 9000")
                .expect("00B2072C0B", "0709 583030303030303139 9000")
                .expect("00B2083414", "0812 " + SSN + " 9000")
                .expect("00B2093420", "091E " + NAME_ZHANG_SAN_30 + " 9000")
                .expect("00B20A3403", "0A01 32 9000")
                .expect("00B20B3403", "0B01 11 9000")
                .expect("00B20C3405", "0C03 2103FF 9000")
                .expect("00B20D3406", "0D04 19491231 9000");
        SocialSecurityCard read = new SsseProtocol(ReadRecordAddressing.BY_SHORT_FILE_ID).read(card);
        card.assertAllExchanged();
        assertThat(read.apduCount()).isEqualTo(14);
        assertThat(read.gender()).isEqualTo(Gender.FEMALE);
        assertThat(read.ethnicity()).isEqualTo("满");
        assertThat(read.birthplace()).isEqualTo("2103");
        assertThat(read.specVersion()).isEqualTo("3.00");
    }

    @Test
    void aT0CardsPendingFciAndWrongLeCostOneApduEachAndNothingIsReadTwice() {
        ScriptedTransport card = new ScriptedTransport()
                .expect(SELECT_SSSE, "6113")
                .expect("00C0000013", "6F11 840F 7378312E73682EC9E7BBE1B1A3D5CF 9000")
                .expect("00A4020002EF05", "9000")
                .expect("00B2010012", "0110 639900D15600000500BF7C7A48FB4966 9000")
                .expect("00B2020003", "0201 33 9000")
                .expect("00B2030006", "0304 312E3030 9000")
                .expect("00B204000E", "040C 639900000000000000000001 9000")
                .expect("00B2050006", "0504 20101001 9000")
                .expect("00B2060006", "0604 20201001 9000")
                .expect("00B207000B", "0709 583030303030303139 9000")
                .expect("00A4020002EF06", "9000")
                .expect("00B2080014", "0812 " + SSN + " 9000")
                // This card keeps the name in 20 bytes, not 30: it says so with 6C16.
                .expect("00B2090020", "6C16")
                .expect("00B2090016", "0914 D5C5C8FD" + "00".repeat(16) + " 9000")
                .expect("00B20A0003", "0A01 31 9000")
                .expect("00B20B0003", "0B01 01 9000")
                .expect("00B20C0005", "0C03 110105 9000")
                .expect("00B20D0006", "0D04 19491231 9000");
        SocialSecurityCard read = new SsseProtocol(ReadRecordAddressing.BY_TAG).read(card);
        card.assertAllExchanged();
        assertThat(read.apduCount()).isEqualTo(18);
        assertThat(read.name()).isEqualTo("张三");
    }

    @Test
    void aCardWithoutSsseIsNotASocialSecurityCard() {
        ScriptedTransport card = new ScriptedTransport().expect(SELECT_SSSE, "6A82");
        assertThatThrownBy(() -> new SsseProtocol(ReadRecordAddressing.BY_TAG).read(card))
                .isInstanceOf(DeviceException.InvalidCard.class).hasMessageContaining("no SSSE");
    }

    @Test
    void aWrongCheckDigitIsAnInvalidCardAndTheMessageHoldsNoPersonalData() {
        // GB 11643's example with its last character changed from X to 1.
        ScriptedTransport card = cleanCard("313130313035313934393132333130303231");
        assertThatThrownBy(() -> new SsseProtocol(ReadRecordAddressing.BY_TAG).read(card))
                .isInstanceOf(DeviceException.InvalidCard.class).hasMessageContaining("GB 11643")
                .hasMessageNotContaining("1101051949");
    }

    @Test
    void aRecordWithAnotherTagIsAProtocolError() {
        ScriptedTransport card = new ScriptedTransport()
                .expect(SELECT_SSSE, "9000").expect("00A4020002EF05", "9000")
                .expect("00B2010012", "0210 639900D15600000500BF7C7A48FB4966 9000");
        assertThatThrownBy(() -> new SsseProtocol(ReadRecordAddressing.BY_TAG).read(card))
                .isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("expected tag 01, found 02");
    }

    @Test
    void pinStatusWordsBecomeResultsWithTheTriesLeft() {
        SsseProtocol protocol = new SsseProtocol(ReadRecordAddressing.BY_TAG);
        byte[] verify = PinApdus.defaults().verifyCommand("123456".toCharArray());
        assertThat(pinAnswer(protocol, verify, "9000")).isEqualTo(new PinResult.Ok());
        assertThat(pinAnswer(protocol, verify, "63C5")).isEqualTo(new PinResult.Wrong(5));
        assertThat(pinAnswer(protocol, verify, "63C0")).isEqualTo(new PinResult.Blocked());
        assertThat(pinAnswer(protocol, verify, "6983")).isEqualTo(new PinResult.Blocked());
        assertThatThrownBy(() -> pinAnswer(protocol, verify, "6A80")).isInstanceOf(DeviceException.Protocol.class)
                .hasMessageContaining("6A80").hasMessageNotContaining("123456");
    }

    @Test
    void theDefaultPinCommandsAreTheWorkingAssumptionOfTheSources() {
        PinApdus pins = PinApdus.defaults();
        assertThat(hex(pins.verifyCommand("123456".toCharArray()))).isEqualTo("0020000003123456");
        assertThat(hex(pins.changeCommand("123456".toCharArray(), "654321".toCharArray())))
                .isEqualTo("805E010007123456FF654321");
        PinApdus fiveToEight = PinApdus.of("00 20 00 01", "80 5E 00 01", 0xFF, 5, 8);
        assertThat(hex(fiveToEight.verifyCommand("12345".toCharArray()))).isEqualTo("002000010312345F");
        assertThatThrownBy(() -> pins.verifyCommand("12345a".toCharArray())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a PIN is 6 digits");
    }

    private static PinResult pinAnswer(SsseProtocol protocol, byte[] command, String status) {
        ScriptedTransport card = new ScriptedTransport().expect(SELECT_SSSE, "9000").expect(hex(command), status);
        PinResult result = protocol.sendPinCommand(card, command);
        card.assertAllExchanged();
        return result;
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
