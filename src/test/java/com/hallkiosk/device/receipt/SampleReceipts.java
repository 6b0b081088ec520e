package com.hallkiosk.device.receipt;

import com.hallkiosk.device.receipt.emulator.EmulatedReceiptPrinter;
import com.hallkiosk.fonts.KioskFonts;
import java.awt.Font;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * The receipts the golden byte files and the reference pictures are made of, on the two shipped
 * models; {@link ReceiptReferences} writes those files again from them.
 */
public final class SampleReceipts {
    /** The shipped {@code drivers/receipt/generic-58mm.properties}. */
    public static final PrinterModel GENERIC_58MM = new PrinterModel("generic-58mm", 384, 32,
            PrinterModel.Characters.GB2312, false, PrinterModel.Cut.FULL, 60, PrinterModel.FlowControl.NONE);
    public static final PrinterModel GENERIC_80MM = EmulatedReceiptPrinter.GENERIC_80MM;
    public static final Instant PRINTED_AT = Instant.parse("2026-11-22T02:00:00Z");
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private SampleReceipts() {
    }

    /** One sample on one model, named as its files are. */
    public record Sample(String name, Receipt receipt, PrinterModel model) {
    }

    /** The samples with golden byte files: none of them has a character drawn with the font. */
    public static List<Sample> golden() {
        return List.of(new Sample("checklist-80mm", checklist(), GENERIC_80MM),
                new Sample("checklist-58mm", checklist(), GENERIC_58MM),
                new Sample("signs-80mm", signs(), GENERIC_80MM),
                new Sample("signs-58mm", signs(), GENERIC_58MM));
    }

    /** The samples with reference pictures of what the emulated printer printed. */
    public static List<Sample> rendered() {
        return List.of(new Sample("selftest-80mm", selfTest(GENERIC_80MM), GENERIC_80MM),
                new Sample("selftest-58mm", selfTest(GENERIC_58MM), GENERIC_58MM),
                new Sample("checklist-80mm", checklist(), GENERIC_80MM));
    }

    public static Receipt selfTest(PrinterModel model) {
        return SelfTestReceipt.of(model.model(), PRINTED_AT, ZONE);
    }

    /** A checklist as the guide prints one (com.hallkiosk.guide.ChecklistReceipt), written out. */
    public static Receipt checklist() {
        return new Receipt(List.of(
                Receipt.heading("办事清单"),
                new Receipt.Text("社会保障卡挂失与解挂", Receipt.Align.CENTER, true, false),
                new Receipt.Divider(),
                new Receipt.Text("需要带的材料", Receipt.Align.LEFT, true, false),
                Receipt.text("1. 居民身份证（原件）"),
                Receipt.text("2. [本人办理] 社会保障卡（原件），已遗失的可不提供；委托他人办理的，另带受托人身份证"),
                new Receipt.Divider(),
                new Receipt.Text("在哪里办", Receipt.Align.LEFT, true, false),
                Receipt.text("· 窗口：抚顺市人力资源和社会保障局服务大厅（即时办结）"),
                Receipt.text("办理时限：即时办结"),
                Receipt.text("咨询电话：12333、024-52612333"),
                new Receipt.Divider(),
                Receipt.text("抚顺市 · 事项 FS-SB-007"),
                Receipt.text("打印时间 2026-11-22 10:00 · 终端 FS-01"),
                new Receipt.Feed(2)));
    }

    /** Alignment, sizes, ¥, a character in no shipped font (𠀀), a QR code. */
    public static Receipt signs() {
        return new Receipt(List.of(
                new Receipt.Text("金额 ¥12.50", Receipt.Align.RIGHT, true, false),
                new Receipt.Text("大 LARGE", Receipt.Align.CENTER, false, true),
                Receipt.text("扩展B 𠀀 end"),
                Receipt.qr("https://hallkiosk.example/v/ABC123"),
                new Receipt.Text("line one\nline two", Receipt.Align.LEFT, false, false)));
    }

    /** The kiosk's font, loaded once for all tests, on first use. */
    public static Font font() {
        return LoadedFont.FONT;
    }

    private static final class LoadedFont {
        static final Font FONT = KioskFonts.load().sized(GlyphCells.CELL_HEIGHT);
    }

    public static Supplier<Font> fontSupplier() {
        return SampleReceipts::font;
    }

    public static EscPosEncoder encoder(PrinterModel model) {
        return new EscPosEncoder(model, new RowRasteriser(fontSupplier()));
    }
}
