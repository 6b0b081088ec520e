package com.hallkiosk.device.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth.State;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** DLE EOT 1–4 decoded against the byte-exact replies of protocols §4.3. */
class PrinterStatusTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private static PrinterStatus decode(String replies) {
        return PrinterStatus.decode(HEX.parseHex(replies));
    }

    @Test
    void theQueryAsksAllFourInOrder() {
        assertThat(HEX.formatHex(PrinterStatus.query())).isEqualTo("10 04 01 10 04 02 10 04 03 10 04 04");
    }

    @Test
    void anOutOfPaperPrinterAnswers1A32And7EAndIsNotReady() {
        PrinterStatus status = decode("1A 32 12 7E");
        assertThat(status.paperOut()).isTrue();
        assertThat(status.offline()).isTrue();
        assertThat(status.canPrint()).isFalse();
        assertThat(status.problems()).containsExactly(PrinterStatus.Problem.PAPER_OUT);
        assertThat(status.healthState()).isEqualTo(State.NOT_READY);
        assertThat(status.describe()).isEqualTo("打印机缺纸 the printer is out of paper");
        assertThat(HEX.formatHex(new PrinterStatus(false, false, true, false, false, false, false).encode()))
                .as("the emulator answers the same bytes").isEqualTo("1A 32 12 7E");
    }

    @Test
    void paperPresentIs12AndNearEndIsAWarning() {
        assertThat(decode("12 12 12 12")).isEqualTo(PrinterStatus.READY);
        assertThat(PrinterStatus.READY.healthState()).isEqualTo(State.READY);
        PrinterStatus nearEnd = decode("12 12 12 1E");
        assertThat(nearEnd.paperNearEnd()).isTrue();
        assertThat(nearEnd.canPrint()).isTrue();
        assertThat(nearEnd.healthState()).isEqualTo(State.WARNING);
        assertThat(nearEnd.describe()).contains("nearly used up");
    }

    @Test
    void coverCutterAndErrorsAreToldApartAndTheWorstComesFirst() {
        PrinterStatus cover = decode("1A 16 12 12");
        assertThat(cover.coverOpen()).isTrue();
        assertThat(cover.problems()).containsExactly(PrinterStatus.Problem.COVER_OPEN);
        PrinterStatus coverAndPaper = decode("1A 36 12 7E");
        assertThat(coverAndPaper.problems()).containsExactly(PrinterStatus.Problem.COVER_OPEN, PrinterStatus.Problem.PAPER_OUT);
        assertThat(decode("1A 52 1A 12").problems()).containsExactly(PrinterStatus.Problem.CUTTER_ERROR);
        assertThat(decode("1A 52 32 12").problems()).containsExactly(PrinterStatus.Problem.UNRECOVERABLE_ERROR);
        assertThat(decode("1A 52 52 12").problems()).containsExactly(PrinterStatus.Problem.ERROR);
        assertThat(decode("1A 12 12 12").problems()).as("offline, no cause given").containsExactly(PrinterStatus.Problem.OFFLINE);
        assertThat(decode("1A 12 12 12").healthState()).isEqualTo(State.NOT_READY);
    }

    @Test
    void everyStateTheEmulatorCanBeInDecodesToItself() {
        for (int bits = 0; bits < 1 << 6; bits++) {
            PrinterStatus state = new PrinterStatus((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0,
                    (bits & 8) != 0 || (bits & 4) != 0, (bits & 16) != 0, (bits & 32) != 0, false);
            PrinterStatus decoded = PrinterStatus.decode(state.encode());
            assertThat(decoded.problems()).as("state %s", state).isEqualTo(state.problems());
            assertThat(decoded.paperNearEnd()).isEqualTo(state.paperNearEnd());
        }
    }

    @Test
    void aReplyWithoutTheFixedBitsIsAProtocolError() {
        assertThat(PrinterStatus.isReply(0x12)).isTrue();
        assertThat(PrinterStatus.isReply(0x00)).as("GS r 1: paper present").isFalse();
        assertThat(PrinterStatus.isReply(0x0F)).as("GS r 1: paper out").isFalse();
        assertThatThrownBy(() -> decode("12 12 13 12")).isInstanceOf(DeviceException.Protocol.class)
                .hasMessageContaining("DLE EOT 3 is 13");
    }
}
