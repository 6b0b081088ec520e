package com.hallkiosk.device.receipt.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.device.receipt.PrinterStatus;
import com.hallkiosk.device.receipt.SampleReceipts;
import java.nio.charset.Charset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The emulated printer fed bytes directly: its status replies, what it prints, and what it refuses. */
class VirtualReceiptPrinterTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final VirtualReceiptPrinter printer = new VirtualReceiptPrinter(SampleReceipts.GENERIC_80MM,
            SampleReceipts.fontSupplier());

    private String send(String hex) {
        byte[] bytes = HEX.parseHex(hex);
        return HEX.formatHex(printer.receive(bytes, bytes.length));
    }

    private String send(byte[] bytes) {
        return HEX.formatHex(printer.receive(bytes, bytes.length));
    }

    private static final String QUERY = "10 04 01 10 04 02 10 04 03 10 04 04";

    @Test
    void dleEotIsAnsweredFromTheScriptedStateByteForByte() {
        assertThat(send(QUERY)).isEqualTo("12 12 12 12");
        printer.paperNearEnd();
        assertThat(send(QUERY)).isEqualTo("12 12 12 1E");
        printer.runOutOfPaper();
        assertThat(send(QUERY)).as("protocols §4.3: 1A, 32, 7E").isEqualTo("1A 32 12 7E");
        printer.loadPaper();
        printer.openCover();
        assertThat(send(QUERY)).isEqualTo("1A 16 12 12");
        printer.closeCover();
        printer.goOffline();
        assertThat(send(QUERY)).isEqualTo("1A 12 12 12");
        printer.goOnline();
        printer.switchOff();
        assertThat(send(QUERY)).as("switched off: silence").isEmpty();
        printer.switchOn();
        assertThat(send("10 04 01")).isEqualTo("12");
    }

    @Test
    void gsRIsAnsweredOnlyOnceEverythingBeforeItIsPrintedAndNotWhileStopped() {
        assertThat(send("1B 40 1C 26 41 0A 1D 72 01")).isEqualTo("00");
        assertThat(printer.printed()).isEmpty();
        printer.runOutOfPaper();
        assertThat(send("42 0A 1D 72 01 " + QUERY)).as("the job is dropped, the status still answered").isEqualTo("1A 32 12 7E");
        printer.loadPaper();
        assertThat(send("1D 56 42 00")).isEmpty();
        assertThat(printer.printed()).hasSize(1);
        assertThat(printer.printed().get(0).lines()).as("nothing from the dropped job").containsExactly("A");
    }

    @Test
    void thePaperRunsOutInTheMiddleOfAJob() {
        printer.runOutOfPaperAfter(70);
        assertThat(send("1B 40 31 0A 32 0A 33 0A 34 0A 1D 56 42 00 1D 72 01")).isEmpty();
        assertThat(printer.status().paperOut()).isTrue();
        assertThat(printer.printed()).hasSize(1);
        PrintedReceipt piece = printer.printed().get(0);
        assertThat(piece.cut()).isFalse();
        assertThat(piece.lines()).containsExactly("1", "2");
    }

    @Test
    void codesTheFontLacksAndUnknownCommandsAreCounted() {
        VirtualReceiptPrinter gb2312 = new VirtualReceiptPrinter(SampleReceipts.GENERIC_58MM, SampleReceipts.fontSupplier());
        byte[] text = "镕中𠀀".getBytes(GB18030);
        gb2312.receive(text, text.length);
        byte[] rest = HEX.parseHex("1B 7A 0A 1D 56 00");
        gb2312.receive(rest, rest.length);
        assertThat(gb2312.unprintableCharacters()).isEqualTo(2);
        assertThat(gb2312.unknownCommands()).as("ESC z").isEqualTo(1);
        assertThat(gb2312.printed().get(0).lines()).containsExactly("□中□");
    }

    @Test
    void likeARealPrinterItAnswersADleEotHiddenInPictureData() {
        // GS v 0 of 1 byte × 3 rows whose data is 10 04 01: why the encoder clears such a DLE.
        assertThat(send("1D 76 30 00 01 00 03 00 10 04 01")).isEqualTo("12");
        assertThat(printer.unknownCommands()).isZero();
    }

    @Test
    void aQrCodeItDrawsReadsBack() throws Exception {
        byte[] bytes = SampleReceipts.encoder(SampleReceipts.GENERIC_80MM).encode(SampleReceipts.signs()).bytes();
        printer.receive(bytes, bytes.length);
        PrintedReceipt receipt = printer.printed().get(0);
        assertThat(receipt.lines()).contains("[QR https://hallkiosk.example/v/ABC123]", "line one", "line two");
        assertThat(ReferencePictures.qrText(receipt.image())).isEqualTo("https://hallkiosk.example/v/ABC123");
        assertThat(PrinterStatus.isReply(0x12)).isTrue();
    }
}
