package com.hallkiosk.device.receipt.emulator;

import com.hallkiosk.device.receipt.BitImage;
import com.hallkiosk.device.receipt.GlyphCells;
import com.hallkiosk.device.receipt.PrinterModel;
import com.hallkiosk.device.receipt.QrSymbol;
import com.hallkiosk.device.receipt.Receipt;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The emulated printer's head, paper roll and cutter: characters collect into a line that is printed on
 * a line feed (or when the next one does not fit), pictures and QR codes print at once, and a cut hands
 * the paper out. The roll can be given a length, after which the paper runs out in the middle of
 * whatever is printing; the cutter can be made to jam.
 */
final class ThermalPaper {
    private final PrinterModel model;
    private final Supplier<Font> font;
    private final Consumer<PrintedReceipt> out;
    private final List<PaperBand> bands = new ArrayList<>();
    private final List<PaperBand.Cell> line = new ArrayList<>();
    private Receipt.Align lineAlign = Receipt.Align.LEFT;
    private int lineWidth;
    private long paperLeft = Long.MAX_VALUE;
    private boolean cutterJams;
    private boolean cutterFailed;

    ThermalPaper(PrinterModel model, Supplier<Font> font, Consumer<PrintedReceipt> out) {
        this.model = model;
        this.font = font;
        this.out = out;
    }

    /** A fresh roll: paper enough for anything, or {@code dots} of it before it runs out. */
    void load(long dots) {
        paperLeft = dots;
    }

    boolean ranOut() {
        return paperLeft == 0;
    }

    void jamCutter(boolean jams) {
        cutterJams = jams;
        if (!jams) {
            cutterFailed = false;
        }
    }

    boolean cutterFailed() {
        return cutterFailed;
    }

    /** Sets a character in the line, printing the line first when the character no longer fits on it. */
    void character(int codePoint, boolean printable, Receipt.Align align, int widthScale, int heightScale, boolean bold,
                   int lineSpacing) {
        int width = GlyphCells.columns(codePoint) * model.columnDots() * widthScale;
        if (lineWidth + width > model.paperDots() && !line.isEmpty()) {
            lineFeed(lineSpacing);
        }
        if (line.isEmpty()) {
            lineAlign = align;
        }
        line.add(new PaperBand.Cell(codePoint, lineWidth, widthScale, heightScale, bold, printable));
        lineWidth += width;
    }

    /** LF: prints the line, as tall as its tallest character, or feeds one line when it is empty. */
    void lineFeed(int lineSpacing) {
        int tallest = line.stream().mapToInt(PaperBand.Cell::heightScale).max().orElse(1);
        int offset = offset(lineAlign, lineWidth);
        List<PaperBand.Cell> placed = line.stream().map(c -> new PaperBand.Cell(c.codePoint(), c.x() + offset,
                c.widthScale(), c.heightScale(), c.bold(), c.printable())).toList();
        line.clear();
        lineWidth = 0;
        print(new PaperBand.TextLine(placed, Math.max(lineSpacing, GlyphCells.lineHeight(tallest))));
    }

    /** Prints what the line holds, then feeds {@code dots}. */
    void feed(int dots, int lineSpacing) {
        if (!line.isEmpty()) {
            lineFeed(lineSpacing);
        }
        if (dots > 0) {
            print(new PaperBand.Blank(dots));
        }
    }

    void picture(BitImage image, Receipt.Align align, int lineSpacing) {
        feed(0, lineSpacing);
        print(new PaperBand.Picture(image, offset(align, image.width())));
    }

    void qrCode(byte[] data, QrSymbol symbol, int moduleDots, Receipt.Align align, int lineSpacing) {
        feed(0, lineSpacing);
        print(new PaperBand.QrCode(data, symbol, moduleDots, offset(align, symbol.size() * moduleDots)));
    }

    /** Feeds {@code dots}, then cuts and hands the receipt out, unless the cutter jams. */
    void cut(int dots, int lineSpacing) {
        feed(dots, lineSpacing);
        if (ranOut()) {
            return;
        }
        if (cutterJams) {
            cutterFailed = true;
            handOut(false);
            return;
        }
        handOut(true);
    }

    private int offset(Receipt.Align align, int width) {
        return switch (align) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (model.paperDots() - width) / 2);
            case RIGHT -> Math.max(0, model.paperDots() - width);
        };
    }

    /** Moves the paper by the band; when the roll ends first, what was printed comes out uncut and nothing more prints. */
    private void print(PaperBand band) {
        if (ranOut()) {
            return;
        }
        if (band.height() > paperLeft) {
            paperLeft = 0;
            handOut(false);
            return;
        }
        if (paperLeft != Long.MAX_VALUE) {
            paperLeft -= band.height();
        }
        bands.add(band);
    }

    private void handOut(boolean cut) {
        if (!bands.isEmpty()) {
            out.accept(new PrintedReceipt(bands, model.paperDots(), model.columnDots(), cut, font));
        }
        bands.clear();
    }
}
