package com.hallkiosk.device.sscard.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.device.sscard.PinApdus;
import com.hallkiosk.device.sscard.ReadRecordAddressing;
import com.hallkiosk.device.sscard.SocialSecurityCard;
import com.hallkiosk.device.sscard.SsseProtocol;
import com.hallkiosk.identity.Gender;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The virtual card's answers, byte for byte. */
class VirtualSocialSecurityCardTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final String SELECT_SSSE = "00A404000F7378312E73682EC9E7BBE1B1A3D5CF";
    private static final String FCI = "6F11840F7378312E73682EC9E7BBE1B1A3D5CF";

    private final VirtualSocialSecurityCard t0 = new VirtualSocialSecurityCard(ScriptedCards.zhangSan(), CardBehaviour.t0Card());

    private static String send(VirtualSocialSecurityCard card, String command) {
        return HEX.formatHex(card.process(HEX.parseHex(command.replace(" ", ""))));
    }

    @Test
    void theWorkedExampleOfTheSourcesIsAnsweredExactly() {
        assertThat(send(t0, SELECT_SSSE)).isEqualTo("6113");
        assertThat(send(t0, "00C0000013")).isEqualTo(FCI + "9000");
        assertThat(send(t0, "00A4020002EF05")).isEqualTo("9000");
        // protocols §2.4: READ RECORD tag 07 with Le 00 → 6C0B, again with Le 0B → the record.
        assertThat(send(t0, "00B2070000")).isEqualTo("6C0B");
        assertThat(send(t0, "00B207000B")).isEqualTo("0709583030303030303139" + "9000");
        assertThat(send(t0, "00B20700")).as("no Le at all, on T=0").isEqualTo("6C0B");
    }

    @Test
    void bothSelectFormsAndAllThreeReadRecordAddressingsReachTheSameRecord() {
        String name = "091ED5C5C8FD" + "00".repeat(26) + "9000";
        send(t0, SELECT_SSSE);
        assertThat(send(t0, "00A4000002EF06")).isEqualTo("9000");
        assertThat(send(t0, "00B2090020")).as("by tag").isEqualTo(name);
        assertThat(send(t0, "00B2090420")).as("by record number").isEqualTo(name);
        assertThat(send(t0, "00A4020002EF05")).isEqualTo("9000");
        assertThat(send(t0, "00B2093420")).as("by SFI 6, whatever EF is current").isEqualTo(name);
        assertThat(send(t0, "00B2090020")).as("the SFI read made EF06 current").isEqualTo(name);
    }

    @Test
    void mistakesGetTheStatusWordsACardWouldGive() {
        assertThat(send(t0, "00A4020002EF05")).as("EF before SSSE").isEqualTo("6A82");
        assertThat(send(t0, "00B2072C0B")).as("SFI before SSSE").isEqualTo("6A82");
        assertThat(send(t0, "00A404000F7378312E73682EC9E7BBE1B1A3D5CE")).as("another DF name").isEqualTo("6A82");
        send(t0, SELECT_SSSE);
        assertThat(send(t0, "00B207000B")).as("no current EF").isEqualTo("6986");
        assertThat(send(t0, "00C0000013")).as("GET RESPONSE after another command").isEqualTo("6985");
        assertThat(send(t0, "00A4020002EF07")).isEqualTo("6A82");
        send(t0, "00A4020002EF05");
        assertThat(send(t0, "00B2080014")).as("tag 08 is in EF06").isEqualTo("6A83");
        assertThat(send(t0, "00B2070C0B")).as("SFI 1: no such EF").isEqualTo("6A82");
        assertThat(send(t0, "00B207080B")).as("P2 neither 00, 04 nor an SFI record-number read").isEqualTo("6A86");
        assertThat(send(t0, "00CA000000")).isEqualTo("6D00");
        assertThat(send(t0, "A0B207000B")).isEqualTo("6E00");
        assertThat(send(t0, "00B207")).isEqualTo("6700");
        assertThat(send(t0, "00A40200 05 EF05")).as("Lc longer than the data").isEqualTo("6700");
    }

    @Test
    void aLenientCardAnswersWhateverTheLeAndSelectsWithoutFci() {
        VirtualSocialSecurityCard lenient = new VirtualSocialSecurityCard(ScriptedCards.zhangSan(), CardBehaviour.lenientCard());
        assertThat(send(lenient, SELECT_SSSE)).isEqualTo("9000");
        assertThat(send(lenient, SELECT_SSSE + "00")).isEqualTo(FCI + "9000");
        assertThat(send(lenient, "00B2072C00")).isEqualTo("0709583030303030303139" + "9000");
    }

    @Test
    void wrongPinsCountDownOnTheCardAndTheSixthBlocksIt() {
        PinApdus pins = PinApdus.defaults();
        String wrong = HEX.formatHex(pins.verifyCommand("000000".toCharArray()));
        String right = HEX.formatHex(pins.verifyCommand("123456".toCharArray()));
        assertThat(right).isEqualTo("0020000003123456");
        assertThat(send(t0, wrong)).isEqualTo("63C5");
        assertThat(send(t0, right)).as("a right PIN fills the counter again").isEqualTo("9000");
        for (int left = 5; left >= 1; left--) {
            assertThat(send(t0, wrong)).isEqualTo(String.format("63C%d", left));
        }
        assertThat(t0.pinTriesLeft()).isEqualTo(1);
        assertThat(send(t0, wrong)).as("the sixth wrong PIN in a row").isEqualTo("63C0");
        assertThat(send(t0, right)).as("blocked, even for the right PIN").isEqualTo("6983");
        assertThat(t0.pinTriesLeft()).isZero();
    }

    @Test
    void changePinNeedsTheOldPinAndCountsAWrongOne() {
        PinApdus pins = PinApdus.defaults();
        String change = HEX.formatHex(pins.changeCommand("123456".toCharArray(), "246810".toCharArray()));
        assertThat(change).isEqualTo("805E010007123456FF246810");
        assertThat(send(t0, "805E010007999999FF246810")).isEqualTo("63C5");
        assertThat(send(t0, change)).isEqualTo("9000");
        assertThat(send(t0, "0020000003123456")).as("the old PIN no longer works").isEqualTo("63C5");
        assertThat(send(t0, "0020000003246810")).isEqualTo("9000");
        assertThat(send(t0, "805E010006123456246810")).as("no separator").isEqualTo("6A80");
        assertThat(send(t0, "805E010007246810FF24681A")).as("not BCD").isEqualTo("6A80");
        VirtualSocialSecurityCard blocked = new VirtualSocialSecurityCard(ScriptedCards.blockedPin(), CardBehaviour.t0Card());
        assertThat(send(blocked, change)).isEqualTo("6983");
    }

    @Test
    void aConfiguredPinHeaderIsWhatTheCardAnswers() {
        PinApdus other = PinApdus.of("80 20 00 01", "80 24 00 01", 0xFF, 6, 6);
        CardBehaviour behaviour = new CardBehaviour(true, true, CardBehaviour.PIN_TRY_LIMIT, other);
        VirtualSocialSecurityCard card = new VirtualSocialSecurityCard(ScriptedCards.zhangSan(), behaviour);
        assertThat(send(card, "8020000103123456")).isEqualTo("9000");
        assertThat(send(card, "0020000003123456")).as("the default VERIFY is now an unknown instruction").isEqualTo("6D00");
    }

    @Test
    void aPowerCycleForgetsTheSelectionButNotThePinCounter() {
        send(t0, SELECT_SSSE);
        send(t0, "0020000003000000");
        t0.powerCycle();
        assertThat(send(t0, "00A4020002EF05")).isEqualTo("6A82");
        assertThat(t0.pinTriesLeft()).isEqualTo(5);
        assertThat(HEX.formatHex(t0.atr())).startsWith("3B6D0000");
    }

    @Test
    void theProtocolReadsBackExactlyWhatWasScripted() {
        ScriptedCard script = ScriptedCards.ouyangNana();
        VirtualSocialSecurityCard card = new VirtualSocialSecurityCard(script, CardBehaviour.t0Card());
        SocialSecurityCard read = new SsseProtocol(ReadRecordAddressing.BY_TAG).read(card::process);
        assertThat(read.name()).isEqualTo("欧阳娜娜");
        assertThat(read.socialSecurityNumber()).isEqualTo(script.socialSecurityNumber()).hasSize(18)
                .startsWith("21040219950820208");
        assertThat(read.gender()).isEqualTo(Gender.FEMALE);
        assertThat(read.ethnicity()).isEqualTo("满");
        assertThat(read.birthplace()).isEqualTo("2104");
        assertThat(read.birthDate()).isEqualTo(LocalDate.of(1995, 8, 20));
        assertThat(read.cardNumber()).isEqualTo("D12345678");
        assertThat(read.specVersion()).isEqualTo("2.00");
        assertThat(read.issuingRegion()).isEqualTo("210400");
        assertThat(read.apduCount()).as("16 plus the GET RESPONSE for the FCI").isEqualTo(17);
        assertThat(card.apdusReceived()).isEqualTo(17);
        assertThat(read.toString()).doesNotContain("欧阳娜娜", script.socialSecurityNumber(), "1995-08-20")
                .contains("欧***", "210402********208");
    }
}
