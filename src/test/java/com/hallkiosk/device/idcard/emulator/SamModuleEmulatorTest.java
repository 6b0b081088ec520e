package com.hallkiosk.device.idcard.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.idcard.ForeignCardLayout;
import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.device.idcard.IdCardText;
import com.hallkiosk.device.idcard.ReadAnswer;
import com.hallkiosk.device.idcard.SamCommand;
import com.hallkiosk.device.idcard.SamFrameReader;
import com.hallkiosk.device.idcard.SamIds;
import com.hallkiosk.device.idcard.SamRequest;
import com.hallkiosk.device.idcard.SamResponse;
import com.hallkiosk.device.idcard.emulator.SamModuleEmulator.Fault;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The emulated module's answers, byte for byte, without a port. */
class SamModuleEmulatorTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();
    private final SamModuleEmulator module = new SamModuleEmulator(EmulatedIdCardModule.SAM_ID, 42);

    private String answer(SamCommand command) {
        return HEX.formatHex(module.answer(command.request()));
    }

    @Test
    void answersTheSamplesOfTheProtocolPageByteForByte() {
        assertThat(answer(SamCommand.SAM_STATUS)).isEqualTo("AA AA AA 96 69 00 04 00 00 90 94");
        assertThat(answer(SamCommand.FIND_CARD)).isEqualTo("AA AA AA 96 69 00 04 00 00 80 84");
        assertThat(answer(SamCommand.SELECT_CARD)).isEqualTo("AA AA AA 96 69 00 04 00 00 81 85");
        assertThat(answer(SamCommand.READ)).isEqualTo("AA AA AA 96 69 00 04 00 00 41 45");
        module.place(ScriptedCards.resident());
        assertThat(answer(SamCommand.FIND_CARD)).isEqualTo("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97");
        assertThat(answer(SamCommand.SELECT_CARD)).isEqualTo("AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C");
        byte[] read = module.answer(SamCommand.READ.request());
        assertThat(read).hasSize(1295);
        assertThat(HEX.formatHex(Arrays.copyOf(read, 14))).isEqualTo("AA AA AA 96 69 05 08 00 00 90 01 00 04 00");
    }

    @Test
    void theReadCarriesTheCardsTextPhotoAndOnRequestItsFingerprint() {
        IdCard card = ScriptedCards.resident();
        module.place(card);
        module.answer(SamCommand.FIND_CARD.request());
        module.answer(SamCommand.SELECT_CARD.request());
        byte[] read = module.answer(SamCommand.READ_WITH_FINGERPRINT.request());
        assertThat(read).hasSize(2321);
        ReadAnswer parts = ReadAnswer.parse(SamResponse.parse(read).data(), true);
        assertThat(parts.text()).isEqualTo(new IdCardText(ForeignCardLayout.VENDOR_SDK_ORDER).encode(card));
        assertThat(parts.photo()).isEqualTo(card.photoWlt());
        assertThat(parts.fingerprint()).hasValueSatisfying(f -> assertThat(f).isEqualTo(card.fingerprint().orElseThrow()));

        module.place(ScriptedCards.expired());
        module.answer(SamCommand.FIND_CARD.request());
        module.answer(SamCommand.SELECT_CARD.request());
        assertThat(module.answer(SamCommand.READ_WITH_FINGERPRINT.request())).as("no fingerprint on the card").hasSize(1297);
    }

    @Test
    void aCardThatWasReadIsNotFoundAgainUntilItHasBeenRemoved() {
        module.place(ScriptedCards.resident());
        module.answer(SamCommand.FIND_CARD.request());
        module.answer(SamCommand.SELECT_CARD.request());
        module.answer(SamCommand.READ.request());
        assertThat(module.answer(SamCommand.READ.request())).as("a repeated read, the card still selected").hasSize(1295);
        assertThat(answer(SamCommand.FIND_CARD)).endsWith("80 84");
        assertThat(answer(SamCommand.FIND_CARD)).endsWith("80 84");
        module.remove();
        module.place(ScriptedCards.resident());
        assertThat(answer(SamCommand.FIND_CARD)).endsWith("9F 00 00 00 00 97");
    }

    @Test
    void theSamIdIs27BytesAndUnknownCommandsAreRefused() {
        byte[] id = module.answer(SamCommand.SAM_ID.request());
        assertThat(id).hasSize(27);
        assertThat(SamIds.format(SamResponse.parse(id).data())).isEqualTo(EmulatedIdCardModule.SAM_ID);
        assertThat(HEX.formatHex(module.answer(new SamRequest(0x60, 0x00, new byte[] {1}).frame()))).endsWith("00 00 21 25");
        assertThat(HEX.formatHex(module.garbledRequest())).isEqualTo("AA AA AA 96 69 00 04 00 00 10 14");
    }

    @Test
    void injectedFaultsDamageTheNextAnswersAndThenStop() {
        module.place(ScriptedCards.resident());
        module.inject(Fault.NO_CARD, 1);
        assertThat(answer(SamCommand.FIND_CARD)).endsWith("80 84");
        assertThat(answer(SamCommand.FIND_CARD)).endsWith("9F 00 00 00 00 97");

        module.inject(Fault.BAD_CHECKSUM, 1);
        assertThatThrownBy(() -> SamResponse.parse(module.answer(SamCommand.SAM_STATUS.request())))
                .isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("checksum");
        assertThat(answer(SamCommand.SAM_STATUS)).endsWith("90 94");

        module.inject(Fault.TRUNCATED_FRAME, 1);
        assertThat(module.answer(SamCommand.SAM_ID.request())).hasSize(13);

        module.inject(Fault.SILENCE, 2);
        assertThat(module.answer(SamCommand.SAM_STATUS.request())).isEmpty();
        assertThat(module.answer(SamCommand.SAM_STATUS.request())).isEmpty();
        assertThat(module.answer(SamCommand.SAM_STATUS.request())).hasSize(11);

        module.inject(Fault.GARBAGE_BEFORE_FRAME, 1);
        byte[] noisy = module.answer(SamCommand.SAM_STATUS.request());
        assertThat(noisy.length).isGreaterThan(11 + 4);
        int[] at = {0};
        byte[] frame = SamFrameReader.read((buffer, offset, length) -> {
            int n = Math.min(length, noisy.length - at[0]);
            System.arraycopy(noisy, at[0], buffer, offset, n);
            at[0] += n;
            return n;
        }, Duration.ofMillis(100));
        assertThat(HEX.formatHex(frame)).isEqualTo("AA AA AA 96 69 00 04 00 00 90 94");
    }
}
