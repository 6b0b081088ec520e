package com.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.DeviceException;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The frames of protocols §1.4, §1.5, §1.7, §1.8 and §1.12, byte for byte. */
class SamFramesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "SAM_STATUS, AA AA AA 96 69 00 03 11 FF ED",
            "SAM_ID, AA AA AA 96 69 00 03 12 FF EE",
            "FIND_CARD, AA AA AA 96 69 00 03 20 01 22",
            "SELECT_CARD, AA AA AA 96 69 00 03 20 02 21",
            "READ, AA AA AA 96 69 00 03 30 01 32",
            "READ_WITH_FINGERPRINT, AA AA AA 96 69 00 03 30 10 23"})
    void requestFramesAreThoseOfTheProtocolPage(SamCommand command, String frame) {
        assertThat(Hex.spaced(command.request())).isEqualTo(frame);
    }

    @Test
    void requestsWithDataAndTheResetFrameComputeTheSameWay() {
        assertThat(Hex.spaced(new SamRequest(0x61, 0xFF, new byte[] {0x50}).frame())).isEqualTo("AA AA AA 96 69 00 04 61 FF 50 CA");
        assertThat(Hex.spaced(new SamRequest(0x10, 0xFF, new byte[0]).frame())).isEqualTo("AA AA AA 96 69 00 03 10 FF EC");
        SamRequest parsed = SamRequest.parse(Hex.bytes("AA AA AA 96 69 00 04 61 FF 50 CA"));
        assertThat(parsed.command()).isEqualTo(0x61);
        assertThat(parsed.parameter()).isEqualTo(0xFF);
        assertThat(parsed.data()).containsExactly(0x50);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "find OK, AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97, CARD_FOUND, 4",
            "no card, AA AA AA 96 69 00 04 00 00 80 84, FIND_FAILED, 0",
            "select OK, AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C, SUCCESS, 8",
            "select failed, AA AA AA 96 69 00 04 00 00 81 85, SELECT_FAILED, 0",
            "read failed, AA AA AA 96 69 00 04 00 00 41 45, READ_FAILED, 0",
            "SAM status OK, AA AA AA 96 69 00 04 00 00 90 94, SUCCESS, 0"})
    void responseSamplesParseAndEncodeBackToTheSameBytes(String name, String frame, SamStatus status, int dataBytes) {
        SamResponse response = SamResponse.parse(Hex.bytes(frame));
        assertThat(SamStatus.of(response)).isEqualTo(status);
        assertThat(response.sw1()).isZero();
        assertThat(response.sw2()).isZero();
        assertThat(response.data()).hasSize(dataBytes);
        assertThat(Hex.spaced(response.frame())).isEqualTo(frame);
    }

    @Test
    void aReadAnswerIs1295BytesWithTheLengthsInItsHeader() {
        ReadAnswer parts = new ReadAnswer(new byte[256], new byte[1024], Optional.empty());
        byte[] frame = new SamResponse(0, 0, 0x90, parts.data(false)).frame();
        assertThat(frame).hasSize(1295);
        assertThat(Hex.spaced(Arrays.copyOf(frame, 14))).isEqualTo("AA AA AA 96 69 05 08 00 00 90 01 00 04 00");
        ReadAnswer back = ReadAnswer.parse(SamResponse.parse(frame).data(), false);
        assertThat(back.text()).hasSize(256);
        assertThat(back.photo()).hasSize(1024);
        assertThat(back.fingerprint()).isEmpty();
    }

    @ParameterizedTest(name = "fingerprint of {0} bytes")
    @CsvSource({
            "1024, 2321, AA AA AA 96 69 09 0A 00 00 90 01 00 04 00 04 00",
            "512, 1809, AA AA AA 96 69 07 0A 00 00 90 01 00 04 00 02 00",
            "0, 1297, AA AA AA 96 69 05 0A 00 00 90 01 00 04 00 00 00"})
    void aReadWithFingerprintCarriesItsLengthInBytes14And15(int fingerprintBytes, int frameBytes, String header) {
        byte[] print = new byte[fingerprintBytes];
        Arrays.fill(print, (byte) 0x5C);
        ReadAnswer parts = new ReadAnswer(new byte[256], new byte[1024],
                fingerprintBytes == 0 ? Optional.empty() : Optional.of(print));
        byte[] frame = new SamResponse(0, 0, 0x90, parts.data(true)).frame();
        assertThat(frame).hasSize(frameBytes);
        assertThat(Hex.spaced(Arrays.copyOf(frame, 16))).isEqualTo(header);
        Optional<byte[]> back = ReadAnswer.parse(SamResponse.parse(frame).data(), true).fingerprint();
        if (fingerprintBytes == 0) {
            assertThat(back).isEmpty();
        } else {
            assertThat(back).hasValueSatisfying(f -> assertThat(f).isEqualTo(print));
        }
    }

    @Test
    void readAnswersWhoseLengthsDoNotAddUpAreProtocolErrors() {
        byte[] data = new ReadAnswer(new byte[256], new byte[1024], Optional.empty()).data(false);
        assertThatThrownBy(() -> ReadAnswer.parse(Arrays.copyOf(data, data.length - 1), false))
                .isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("text 256 + photo 1024");
        assertThatThrownBy(() -> ReadAnswer.parse(new byte[3], false)).isInstanceOf(DeviceException.Protocol.class);
    }

    @Test
    void theSamIdAnswerIs27BytesAndFormatsAsHslCommunicationDoes() {
        byte[] data = Hex.bytes("05 00 01 00 F7 B7 32 01 40 E2 01 00 87 D6 12 00");
        byte[] frame = new SamResponse(0, 0, 0x90, data).frame();
        assertThat(frame).hasSize(27);
        assertThat(Hex.spaced(Arrays.copyOf(frame, 7))).isEqualTo("AA AA AA 96 69 00 14");
        assertThat(SamIds.format(SamResponse.parse(frame).data())).isEqualTo("05.01-20101111-000123456-001234567");
        assertThat(SamIds.format(SamIds.data("05.01-20101111-000123456-001234567")))
                .isEqualTo("05.01-20101111-000123456-001234567");
        assertThatThrownBy(() -> SamIds.format(new byte[15])).isInstanceOf(DeviceException.Protocol.class);
    }

    @Test
    void badChecksumsLengthsAndPreamblesAreRejected() {
        assertThatThrownBy(() -> SamResponse.parse(Hex.bytes("AA AA AA 96 69 00 04 00 00 90 95")))
                .isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("checksum 95, expected 94");
        assertThatThrownBy(() -> SamResponse.parse(Hex.bytes("AA AA AA 96 69 00 05 00 00 90 94")))
                .isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("length field says 5");
        assertThatThrownBy(() -> SamResponse.parse(Hex.bytes("AA AA AA 96 68 00 04 00 00 90 94")))
                .isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("preamble");
        assertThatThrownBy(() -> SamResponse.parse(Hex.bytes("AA AA AA 96 69 00 03 00 00 03")))
                .isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("no SW1 SW2 SW3");
        assertThatThrownBy(() -> SamResponse.parse(Hex.bytes("AA AA AA 96 69 10 01")))
                .isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("shorter");
    }

    @Test
    void eachStatusOfTheSw3TableMapsToItsTypedError() {
        assertThat(SamStatus.values()).hasSize(18);
        assertThat(SamStatus.FIND_FAILED.failure("find card")).isInstanceOf(DeviceException.NoCard.class)
                .hasMessageContaining("寻找证/卡失败 (SW3=80)");
        assertThat(SamStatus.SELECT_FAILED.failure("select")).isInstanceOf(DeviceException.CardRemoved.class);
        assertThat(SamStatus.READ_FAILED.failure("read")).isInstanceOf(DeviceException.CardRemoved.class);
        assertThat(SamStatus.SAM_REJECTED_CARD.failure("read")).isInstanceOf(DeviceException.InvalidCard.class);
        assertThat(SamStatus.UNKNOWN_CARD_TYPE.failure("read")).isInstanceOf(DeviceException.InvalidCard.class);
        assertThat(SamStatus.SELF_TEST_FAILED.failure("status")).isInstanceOf(DeviceException.Protocol.class)
                .extracting(e -> ((DeviceException) e).whatToCheck()).asString().contains("technician");
        assertThat(SamStatus.SUCCESS.failure("find card")).isInstanceOf(DeviceException.Protocol.class)
                .hasMessage("idcard: find card: unexpected answer 操作成功 (SW3=90)");
        assertThat(SamStatus.of(0x77)).isEmpty();
        assertThatThrownBy(() -> SamStatus.of(new SamResponse(0, 0, 0x77, new byte[0])))
                .isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("SW3=77");
    }
}
