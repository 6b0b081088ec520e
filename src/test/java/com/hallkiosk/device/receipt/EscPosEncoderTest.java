package com.hallkiosk.device.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import com.hallkiosk.device.receipt.emulator.VirtualReceiptPrinter;
import org.junit.jupiter.api.Test;

/**
 * The ESC/POS bytes of sample receipts against golden files ({@code src/test/resources/receipt/golden},
 * written by {@link ReceiptReferences}), and the rules behind them.
 */
class EscPosEncoderTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    @Test
    void theSampleReceiptsEncodeToTheirGoldenBytes() throws IOException {
        for (SampleReceipts.Sample sample : SampleReceipts.golden()) {
            Path file = ReceiptReferences.GOLDEN.resolve(sample.name() + ".hex");
            byte[] golden = ReceiptReferences.unhex(Files.readString(file, StandardCharsets.US_ASCII));
            byte[] bytes = SampleReceipts.encoder(sample.model()).encode(sample.receipt()).bytes();
            int differs = Arrays.mismatch(golden, bytes);
            assertThat(differs).as(sample.name() + ": first difference at byte " + differs
                    + " (run ReceiptReferences after a deliberate change)").isEqualTo(-1);
        }
    }

    @Test
    void aReceiptStartsInChineseModeSetsOnlyWhatChangesAndEndsWithTheModelsCut() {
        byte[] bytes = SampleReceipts.encoder(SampleReceipts.GENERIC_80MM).encode(new Receipt(List.of(
                Receipt.text("中文 A"), Receipt.text("B"), new Receipt.Text("C", Receipt.Align.CENTER, true, true)))).bytes();
        assertThat(HEX.formatHex(bytes)).isEqualTo("1B 40 1C 26 D6 D0 CE C4 20 41 0A 42 0A 1B 61 01 1B 45 01 1D 21 11 43 0A"
                + " 1D 56 42 00");
        byte[] plain = SampleReceipts.encoder(SampleReceipts.GENERIC_58MM).encode(new Receipt(List.of())).bytes();
        assertThat(HEX.formatHex(plain)).as("a full cut after a feed that clears the cutter").isEqualTo("1B 40 1C 26 1B 64 05 1D 56 00");
    }

    @Test
    void rowsFitThePaperAndDoubleSizeHalvesThem() {
        String thirty = "一二三四五六七八九十".repeat(3);
        List<String> rows = text(SampleReceipts.GENERIC_58MM, new Receipt.Text(thirty, Receipt.Align.LEFT, false, false));
        assertThat(rows).containsExactly(thirty.substring(0, 16), thirty.substring(16));
        List<String> large = text(SampleReceipts.GENERIC_58MM, new Receipt.Text(thirty, Receipt.Align.LEFT, false, true));
        assertThat(large).hasSize(4).allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(8));
    }

    @Test
    void aCharacterThePrinterLacksButTheFontHasIsDrawnAsAPictureOfItsRow() {
        Receipt receipt = new Receipt(List.of(new Receipt.Text("姓名 刘" + SelfTestReceipt.RARE, Receipt.Align.CENTER, false, false)));
        EncodedReceipt gbk = SampleReceipts.encoder(SampleReceipts.GENERIC_80MM).encode(receipt);
        assertThat(gbk.fallbacks()).containsExactly(new CharacterFallback(0x4DAE, CharacterFallback.Kind.RASTERISED));
        // ESC a 1, then GS v 0 0: 9 columns of 12 dots (108, 14 bytes) by one line (30 rows); then the cut.
        assertThat(HEX.formatHex(gbk.bytes(), 0, 15)).isEqualTo("1B 40 1C 26 1B 61 01 1D 76 30 00 0E 00 1E 00");
        assertThat(gbk.length()).isEqualTo(15 + 14 * 30 + 4);

        PrinterModel gb18030 = new PrinterModel("any", 576, 48, PrinterModel.Characters.GB18030, true,
                PrinterModel.Cut.FEED_PARTIAL, 100, PrinterModel.FlowControl.NONE);
        EncodedReceipt full = SampleReceipts.encoder(gb18030).encode(receipt);
        assertThat(full.fallbacks()).as("a GB18030 printer has it at FE 9F").isEmpty();
        assertThat(HEX.formatHex(full.bytes())).contains("C1 F5 FE 9F 0A");
    }

    @Test
    void aCharacterInNoFontIsReplacedWithGetaAndYenBecomesFullWidth() {
        EncodedReceipt encoded = SampleReceipts.encoder(SampleReceipts.GENERIC_80MM).encode(SampleReceipts.signs());
        assertThat(encoded.fallbacks()).containsExactly(
                new CharacterFallback(0xA5, CharacterFallback.Kind.EQUIVALENT),
                new CharacterFallback(0x20000, CharacterFallback.Kind.REPLACED));
        assertThat(HEX.formatHex(encoded.bytes())).contains("A3 A4 31 32", "A1 FE 20 65 6E 64");
        assertThat(encoded.fallbacks().get(1).describe()).isEqualTo("𠀀 U+20000 replaced with 〓");
    }

    @Test
    void aQrCodeIsAPictureOnAPrinterWithoutGsParenK() {
        Receipt qr = new Receipt(List.of(Receipt.qr("https://hallkiosk.example/v/ABC123")));
        String native80 = HEX.formatHex(SampleReceipts.encoder(SampleReceipts.GENERIC_80MM).encode(qr).bytes());
        assertThat(native80).contains("1D 28 6B 04 00 31 41 32 00", "1D 28 6B 03 00 31 43 06", "1D 28 6B 03 00 31 45 31",
                "1D 28 6B 25 00 31 50 30 68 74 74 70 73", "1D 28 6B 03 00 31 51 30").doesNotContain("1D 76 30");
        String picture58 = HEX.formatHex(SampleReceipts.encoder(SampleReceipts.GENERIC_58MM).encode(qr).bytes());
        // Version 3 (29 modules) at 6 dots: 174 dots, 22 bytes a row.
        assertThat(picture58).contains("1B 61 01 1D 76 30 00 16 00 AE 00").doesNotContain("1D 28 6B");
    }

    @Test
    void pictureDataNeverCarriesARealTimeCommand() {
        byte[] rows = {0x10, 0x04, 0x01, 0x7F, 0x10, 0x14, 0x02, 0x10, 0x05, 0x10, 0x33};
        assertThat(HEX.formatHex(EscPosEncoder.withoutRealTimeCommands(rows)))
                .isEqualTo("00 04 01 7F 00 14 02 00 05 10 33");
    }

    /** The rows of text the emulated printer prints for {@code line}. */
    private static List<String> text(PrinterModel model, Receipt.Text line) {
        byte[] bytes = SampleReceipts.encoder(model).encode(new Receipt(List.of(line))).bytes();
        VirtualReceiptPrinter printer = new VirtualReceiptPrinter(model, SampleReceipts.fontSupplier());
        printer.receive(bytes, bytes.length);
        return printer.printed().get(0).lines();
    }
}
