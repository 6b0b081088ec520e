package com.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.idcard.emulator.ScriptedCards;
import com.hallkiosk.identity.Gender;
import com.hallkiosk.identity.IdNumbers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 256-byte text block, built here by hand at the offsets of protocols §1.9 and §1.13 (not with
 * the codec's own encoder), then decoded.
 */
class IdCardTextTest {
    private static final byte[] PHOTO = new byte[1024];
    private final IdCardText codec = new IdCardText(ForeignCardLayout.VENDOR_SDK_ORDER);

    /** A resident card's text block: name 0, gender 30, nation 32, birth 36, address 52, number 122, issuer 158, valid 188 and 204. */
    private static byte[] residentBlock(String nation, String number, String validTo) {
        byte[] text = blank();
        put(text, 0, 30, "张三");
        put(text, 30, 2, "2");
        put(text, 32, 4, nation);
        put(text, 36, 16, "19491231");
        put(text, 52, 70, "北京市朝阳区建国路1号");
        put(text, 122, 36, number);
        put(text, 158, 30, "北京市公安局朝阳分局");
        put(text, 188, 16, "20150701");
        put(text, 204, 16, validTo);
        return text;
    }

    @Test
    void decodesEveryFieldOfAResidentCard() {
        IdCard card = codec.decode(residentBlock("01", "11010519491231002X", "20350701"), PHOTO, Optional.empty());
        assertThat(card.type()).isEqualTo(IdCard.Type.RESIDENT);
        assertThat(card.name()).isEqualTo("张三");
        assertThat(card.englishName()).isEmpty();
        assertThat(card.gender()).isEqualTo(Gender.FEMALE);
        assertThat(card.nation()).isEqualTo("汉");
        assertThat(card.birth()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(card.address()).isEqualTo("北京市朝阳区建国路1号");
        assertThat(card.idNumber()).isEqualTo("11010519491231002X");
        assertThat(card.issuer()).isEqualTo("北京市公安局朝阳分局");
        assertThat(card.validFrom()).isEqualTo(LocalDate.of(2015, 7, 1));
        assertThat(card.validTo()).contains(LocalDate.of(2035, 7, 1));
        assertThat(card.permanent()).isFalse();
        assertThat(card.photoWlt()).hasSize(1024);
        assertThat(card.fingerprint()).isEmpty();
    }

    @Test
    void aCardValidForGoodSays长期() {
        IdCard card = codec.decode(residentBlock("01", "11010519491231002X", "长期"), PHOTO, Optional.empty());
        assertThat(card.validTo()).isEmpty();
        assertThat(card.permanent()).isTrue();
        assertThat(card.expiredOn(LocalDate.of(2099, 1, 1))).isFalse();
    }

    @Test
    void nationsComeFromTheGb3304Table() {
        assertThat(codec.decode(residentBlock("46", "11010519491231002X", "长期"), PHOTO, Optional.empty()).nation()).isEqualTo("德昂");
        assertThat(codec.decode(residentBlock("98", "11010519491231002X", "长期"), PHOTO, Optional.empty()).nation())
                .isEqualTo("外国血统中国籍人士");
        assertThatThrownBy(() -> codec.decode(residentBlock("77", "11010519491231002X", "长期"), PHOTO, Optional.empty()))
                .isInstanceOf(DeviceException.InvalidCard.class).hasMessageContaining("nation code '77'");
    }

    @Test
    void aNumberThatFailsItsCheckDigitIsAnInvalidCardAndTheMessageMasksIt() {
        assertThatThrownBy(() -> codec.decode(residentBlock("01", "110105194912310021", "长期"), PHOTO, Optional.empty()))
                .isInstanceOf(DeviceException.InvalidCard.class)
                .hasMessageContaining("110105********0021 fails its GB 11643 check digit")
                .hasMessageNotContaining("110105194912310021");
    }

    @Test
    void aNumberThatDoesNotCarryTheBirthDateIsAnInvalidCard() {
        String otherBirth = "11010519500101" + "002";
        String number = otherBirth + IdNumbers.checkDigit(otherBirth);
        assertThatThrownBy(() -> codec.decode(residentBlock("01", number, "长期"), PHOTO, Optional.empty()))
                .isInstanceOf(DeviceException.InvalidCard.class).hasMessageContaining("birth date");
    }

    @Test
    void badDatesAndGendersAreInvalidCards() {
        byte[] badBirth = residentBlock("01", "11010519491231002X", "长期");
        put(badBirth, 36, 16, "1949123X");
        assertThatThrownBy(() -> codec.decode(badBirth, PHOTO, Optional.empty()))
                .isInstanceOf(DeviceException.InvalidCard.class).hasMessageContaining("birth date is not a date");
        byte[] badGender = residentBlock("01", "11010519491231002X", "长期");
        put(badGender, 30, 2, "5");
        assertThatThrownBy(() -> codec.decode(badGender, PHOTO, Optional.empty()))
                .isInstanceOf(DeviceException.InvalidCard.class).hasMessageContaining("gender code '5'");
        assertThatThrownBy(() -> codec.decode(residentBlock("01", "11010519491231002X", "2035"), PHOTO, Optional.empty()))
                .isInstanceOf(DeviceException.InvalidCard.class).hasMessageContaining("valid-to date");
    }

    @Test
    void theTypeFlagAtBytes248To249TellsTheHongKongMacaoTaiwanPermitApart() {
        String number = "81000019491231002";
        byte[] text = residentBlock("", number + IdNumbers.checkDigit(number), "20280601");
        put(text, 248, 2, "J");
        IdCard card = codec.decode(text, PHOTO, Optional.empty());
        assertThat(card.type()).isEqualTo(IdCard.Type.HK_MACAO_TAIWAN);
        assertThat(card.nation()).isEmpty();
        assertThat(card.name()).isEqualTo("张三");
    }

    @Test
    void theTypeFlagITellsTheForeignPermanentResidentCardApartAndItsUnverifiedLayoutIsRead() {
        byte[] text = blank();
        put(text, 0, 120, "SMITH JOHN");
        put(text, 120, 2, "1");
        put(text, 122, 30, "CAN110085091801");
        put(text, 152, 6, "CAN");
        put(text, 158, 30, "史密斯");
        put(text, 188, 16, "20170601");
        put(text, 204, 16, "20270601");
        put(text, 220, 16, "19850918");
        put(text, 236, 4, "01");
        put(text, 240, 8, "1100");
        put(text, 248, 2, "I");
        IdCard card = codec.decode(text, PHOTO, Optional.empty());
        assertThat(card.type()).isEqualTo(IdCard.Type.FOREIGN_PERMANENT);
        assertThat(card.englishName()).isEqualTo("SMITH JOHN");
        assertThat(card.name()).isEqualTo("史密斯");
        assertThat(card.gender()).isEqualTo(Gender.MALE);
        assertThat(card.idNumber()).isEqualTo("CAN110085091801");
        assertThat(card.nation()).isEqualTo("CAN");
        assertThat(card.birth()).isEqualTo(LocalDate.of(1985, 9, 18));
        assertThat(card.validTo()).contains(LocalDate.of(2027, 6, 1));
        assertThat(card.issuer()).isEqualTo("1100");
        assertThat(card.address()).isEmpty();

        put(text, 158, 30, "");
        assertThat(codec.decode(text, PHOTO, Optional.empty()).name()).as("no Chinese name").isEqualTo("SMITH JOHN");
        put(text, 122, 30, "CAN11008509180");
        assertThatThrownBy(() -> codec.decode(text, PHOTO, Optional.empty())).isInstanceOf(DeviceException.InvalidCard.class);
    }

    @Test
    void anUnknownTypeFlagOrAWrongSizedBlockIsRejected() {
        byte[] text = residentBlock("01", "11010519491231002X", "长期");
        put(text, 248, 2, "Y");
        assertThatThrownBy(() -> codec.decode(text, PHOTO, Optional.empty()))
                .isInstanceOf(DeviceException.InvalidCard.class).hasMessageContaining("type flag 'Y'");
        assertThatThrownBy(() -> codec.decode(new byte[254], PHOTO, Optional.empty())).isInstanceOf(DeviceException.Protocol.class);
    }

    @Test
    void trailingNulsAreTrimmedLikeSpaces() {
        byte[] text = residentBlock("01", "11010519491231002X", "长期");
        Arrays.fill(text, 4, 30, (byte) 0);
        assertThat(codec.decode(text, PHOTO, Optional.empty()).name()).isEqualTo("张三");
    }

    static Stream<IdCard> validScriptedCards() {
        return Stream.of(ScriptedCards.resident(), ScriptedCards.permanentResident(), ScriptedCards.expired(),
                ScriptedCards.foreignPermanent(), ScriptedCards.hongKongMacaoTaiwan());
    }

    @ParameterizedTest
    @MethodSource("validScriptedCards")
    void theEmulatorsEncoderIsTheInverseOfTheDecoder(IdCard card) {
        IdCard back = codec.decode(codec.encode(card), card.photoWlt(), card.fingerprint());
        assertThat(back).usingRecursiveComparison().isEqualTo(card);
    }

    @Test
    void aForeignLayoutWithOverlappingFieldsIsRefused() {
        TextField f = new TextField(0, 2);
        assertThatThrownBy(() -> new ForeignCardLayout(f, new TextField(0, 4), f, f, f, f, f, f, f))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextField(250, 8)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringMasksThePersonalData() {
        IdCard card = ScriptedCards.resident();
        assertThat(card.toString())
                .contains("RESIDENT", "张***", "110105********002X", "2035-07-01", "1024 WLT bytes", "fingerprint=1024 bytes")
                .doesNotContain("张三", "11010519491231002X", "建国路", "1949");
        assertThat(ScriptedCards.foreignPermanent().toString()).contains("S***").doesNotContain("SMITH");
        assertThat(ScriptedCards.permanentResident().toString()).contains("validTo=长期");
    }

    @Test
    void aCardExpiresAfterItsLastValidDay() {
        IdCard expired = ScriptedCards.expired();
        assertThat(expired.expiredOn(LocalDate.of(2018, 1, 1))).isFalse();
        assertThat(expired.expiredOn(LocalDate.of(2018, 1, 2))).isTrue();
    }

    @Test
    void withoutTheLicensedCodecThePhotoIsNotDecodedAndTheDecoderSaysSo() {
        WltDecoder decoder = new NoWltDecoder();
        assertThat(decoder.toBmp(ScriptedCards.resident().photoWlt())).isEmpty();
        assertThat(decoder.description()).contains("no WLT photo decoder installed");
    }

    private static byte[] blank() {
        byte[] text = new byte[256];
        for (int i = 0; i < text.length; i += 2) {
            text[i] = ' ';
        }
        return text;
    }

    private static void put(byte[] text, int offset, int length, String value) {
        byte[] utf16 = value.getBytes(StandardCharsets.UTF_16LE);
        for (int i = 0; i < length; i += 2) {
            text[offset + i] = i < utf16.length ? utf16[i] : (byte) ' ';
            text[offset + i + 1] = i < utf16.length ? utf16[i + 1] : 0;
        }
    }
}
