package com.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.DeviceException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Reading frames from a stream: resynchronising on the preamble, and the bounded failures. */
class SamFrameReaderTest {
    private static final Duration TIMEOUT = Duration.ofMillis(200);
    private static final byte[] NO_CARD = Hex.bytes("AA AA AA 96 69 00 04 00 00 80 84");
    private static final byte[] FIND_OK = Hex.bytes("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97");

    @Test
    void readsAFrameAndLeavesTheNextOneInTheStream() {
        ArraySource source = new ArraySource(concat(NO_CARD, FIND_OK), 1, true);
        assertThat(SamFrameReader.read(source, TIMEOUT)).isEqualTo(NO_CARD);
        assertThat(source.consumed()).isEqualTo(NO_CARD.length);
        assertThat(SamFrameReader.read(source, TIMEOUT)).isEqualTo(FIND_OK);
    }

    @Test
    void resynchronisesOnThePreambleAfterNoiseAndFalseStarts() {
        byte[] noise = Hex.bytes("00 13 AA 96 69 AA AA 55 AA AA AA 96 AA AA AA AA");
        ArraySource source = new ArraySource(concat(noise, FIND_OK), 2, true);
        assertThat(SamFrameReader.read(source, TIMEOUT)).isEqualTo(FIND_OK);
    }

    @Test
    void aBadChecksumOrAnImpossibleLengthIsAProtocolError() {
        byte[] badChecksum = FIND_OK.clone();
        badChecksum[badChecksum.length - 1] ^= 1;
        assertThatThrownBy(() -> SamFrameReader.read(new ArraySource(badChecksum, 3, true), TIMEOUT))
                .isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("checksum");
        assertThatThrownBy(() -> SamFrameReader.read(new ArraySource(Hex.bytes("AA AA AA 96 69 7F FF 00"), 4, true), TIMEOUT))
                .isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("length field 32767");
        assertThatThrownBy(() -> SamFrameReader.read(new ArraySource(Hex.bytes("AA AA AA 96 69 00 02 00 00"), 5, true), TIMEOUT))
                .isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("length field 2");
    }

    @Test
    void endlessNoiseIsAProtocolErrorOnceTheBoundIsPassed() {
        byte[] noise = new byte[SamFrameReader.MAX_SKIPPED + 100];
        assertThatThrownBy(() -> SamFrameReader.read(new ArraySource(noise, 6, false), Duration.ofSeconds(5)))
                .isInstanceOf(DeviceException.Protocol.class).hasMessageContaining("no preamble");
    }

    @Test
    void silenceAndACutShortFrameTimeOutInBoundedTime() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> SamFrameReader.read(new ArraySource(new byte[0], 7, false), TIMEOUT))
                .isInstanceOf(DeviceException.Timeout.class).hasMessage("idcard: no answer within 200 ms");
        byte[] half = java.util.Arrays.copyOf(FIND_OK, 9);
        assertThatThrownBy(() -> SamFrameReader.read(new ArraySource(half, 8, false), TIMEOUT))
                .isInstanceOf(DeviceException.Timeout.class).hasMessageContaining("cut short: 9 bytes");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1000));
    }

    @Test
    void aReadOfMinusOneMeansTheModuleIsGone() {
        assertThatThrownBy(() -> SamFrameReader.read(new ArraySource(Hex.bytes("AA AA AA 96"), 9, true), TIMEOUT))
                .isInstanceOf(DeviceException.Offline.class).hasMessageContaining("unplugged");
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
