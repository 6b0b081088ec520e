package com.hallkiosk.device.receipt;

import static com.hallkiosk.device.receipt.EscPos.ESC;
import static com.hallkiosk.device.receipt.EscPos.FS;
import static com.hallkiosk.device.receipt.EscPos.GS;
import static com.hallkiosk.device.receipt.EscPos.LF;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders a {@link Receipt} to the ESC/POS bytes of one printer model, pure code: reset, Chinese mode
 * (FS &, protocols §4.1), then each line with its alignment (ESC a), emphasis (ESC E) and size (GS !,
 * which sets Chinese characters too on the printers whose manuals we read), wrapped to the paper;
 * QR codes by GS ( k when the model has it, else as a picture (GS v 0); then feed and cut (§4.2).
 * Only changes of alignment, emphasis and size are sent.
 */
public final class EscPosEncoder {
    /** Lines fed before a plain cut so that the last printed line clears the cutter (UNVERIFIED per model, ~19 mm). */
    static final int CUTTER_FEED_LINES = 5;
    private static final ErrorCorrectionLevel QR_LEVEL = ErrorCorrectionLevel.M;
    /** GS ( k function 169 (error correction) takes 48 + L, M, Q, H. */
    private static final int QR_LEVEL_M = 49;
    /** The quiet zone a QR code needs around it, in modules; the printer leaves it to us. */
    private static final int QR_QUIET_MODULES = 4;
    private static final int ENQ = 0x05;
    private static final int DC4 = 0x14;

    private final PrinterModel model;
    private final RowRasteriser rasteriser;
    private final PrinterText text;

    public EscPosEncoder(PrinterModel model, RowRasteriser rasteriser) {
        this.model = model;
        this.rasteriser = rasteriser;
        this.text = new PrinterText(model.characters(), rasteriser::canDraw);
    }

    public EncodedReceipt encode(Receipt receipt) {
        Job job = new Job();
        job.command(ESC, '@');
        job.command(FS, '&');
        for (Receipt.Line line : receipt.lines()) {
            if (line instanceof Receipt.Text t) {
                text(job, t);
            } else if (line instanceof Receipt.Divider) {
                job.mode(Receipt.Align.LEFT, false, 1);
                job.out.writeBytes("-".repeat(model.columns()).getBytes(StandardCharsets.US_ASCII));
                job.lineFeed(1);
            } else if (line instanceof Receipt.Feed feed) {
                job.command(ESC, 'd', feed.lines());
                job.paperDots += feed.lines() * GlyphCells.lineHeight(1);
            } else {
                qrCode(job, (Receipt.QrCode) line);
            }
        }
        cut(job);
        return new EncodedReceipt(job.out.toByteArray(), new ArrayList<>(job.fallbacks), job.paperDots);
    }

    private void text(Job job, Receipt.Text line) {
        int scale = line.large() ? 2 : 1;
        for (String paragraph : line.text().split("\r?\n", -1)) {
            List<PrinterText.Glyph> glyphs = text.glyphs(paragraph);
            for (List<PrinterText.Glyph> row : PrinterText.rows(glyphs, model.columns() / scale)) {
                row.stream().map(PrinterText.Glyph::fallback).filter(f -> f != null).forEach(job.fallbacks::add);
                if (row.stream().anyMatch(PrinterText.Glyph::drawn)) {
                    List<Integer> codePoints = row.stream().map(PrinterText.Glyph::codePoint).toList();
                    picture(job, rasteriser.draw(codePoints, line.bold(), scale, model), line.align());
                } else {
                    job.mode(line.align(), line.bold(), scale);
                    row.forEach(glyph -> job.out.writeBytes(glyph.code()));
                    job.lineFeed(scale);
                }
            }
        }
    }

    private void qrCode(Job job, Receipt.QrCode qr) {
        byte[] data = qr.bytes();
        int quiet = QR_QUIET_MODULES * qr.moduleDots();
        job.command(ESC, 'J', quiet);
        QrSymbol symbol = QrSymbol.of(data, QR_LEVEL);
        if (model.qrCode()) {
            job.mode(Receipt.Align.CENTER, false, 1);
            job.qrFunction('A', '2', 0);
            job.qrFunction('C', qr.moduleDots());
            job.qrFunction('E', QR_LEVEL_M);
            int length = data.length + 3;
            job.command(GS, '(', 'k', length & 0xFF, length >> 8, '1', 'P', '0');
            job.out.writeBytes(data);
            job.qrFunction('Q', '0');
            job.paperDots += symbol.size() * qr.moduleDots();
        } else {
            picture(job, drawnQrCode(symbol, qr.moduleDots()), Receipt.Align.CENTER);
        }
        job.command(ESC, 'J', quiet);
        job.paperDots += 2 * quiet;
    }

    /** The symbol as a picture, clipped to the paper. */
    private BitImage drawnQrCode(QrSymbol symbol, int moduleDots) {
        int side = Math.min(symbol.size() * moduleDots, model.paperDots());
        int widthBytes = (side + 7) / 8;
        byte[] rows = new byte[widthBytes * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (symbol.dark(x / moduleDots, y / moduleDots)) {
                    rows[y * widthBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new BitImage(widthBytes * 8, side, rows);
    }

    /**
     * GS v 0, normal density, aligned by ESC a ("effective to raster bit image": HPRT TP80K, Citizen
     * PPU-231II manuals). Real-time commands are recognised even inside picture data (Epson), so no DLE
     * EOT, DLE ENQ or DLE DC4 may appear in it: the one dot of a DLE (10) that would start one is left out.
     */
    private static void picture(Job job, BitImage image, Receipt.Align align) {
        job.mode(align, false, 1);
        job.command(GS, 'v', '0', 0, image.widthBytes() & 0xFF, image.widthBytes() >> 8,
                image.height() & 0xFF, image.height() >> 8);
        job.out.writeBytes(withoutRealTimeCommands(image.rows()));
        job.paperDots += image.height();
    }

    /** {@code rows} with each DLE that starts DLE EOT, DLE ENQ or DLE DC4 cleared (one dot fewer). */
    static byte[] withoutRealTimeCommands(byte[] rows) {
        byte[] clean = rows.clone();
        for (int i = 0; i + 1 < clean.length; i++) {
            if (clean[i] == EscPos.DLE && (clean[i + 1] == EscPos.EOT || clean[i + 1] == ENQ || clean[i + 1] == DC4)) {
                clean[i] = 0;
            }
        }
        return clean;
    }

    private void cut(Job job) {
        switch (model.cut()) {
            case FEED_PARTIAL -> job.command(GS, 'V', 66, 0);
            case FEED_FULL -> job.command(GS, 'V', 65, 0);
            case PARTIAL -> {
                job.command(ESC, 'd', CUTTER_FEED_LINES);
                job.command(GS, 'V', 1);
            }
            case FULL -> {
                job.command(ESC, 'd', CUTTER_FEED_LINES);
                job.command(GS, 'V', 0);
            }
            case NONE -> job.command(ESC, 'd', CUTTER_FEED_LINES);
        }
        job.paperDots += CUTTER_FEED_LINES * GlyphCells.lineHeight(1);
    }

    /** One receipt's bytes as they are written, with the print mode the printer is in after them. */
    private static final class Job {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Set<CharacterFallback> fallbacks = new LinkedHashSet<>();
        int paperDots;
        // ESC @ leaves the printer left-aligned, not emphasised, at normal size.
        Receipt.Align align = Receipt.Align.LEFT;
        boolean bold;
        int scale = 1;

        void command(int... bytes) {
            for (int b : bytes) {
                out.write(b);
            }
        }

        void mode(Receipt.Align newAlign, boolean newBold, int newScale) {
            if (newAlign != align) {
                command(ESC, 'a', newAlign.ordinal());
                align = newAlign;
            }
            if (newBold != bold) {
                command(ESC, 'E', newBold ? 1 : 0);
                bold = newBold;
            }
            if (newScale != scale) {
                // Width in the high nibble, height in the low one, each as the factor minus one.
                command(GS, '!', (newScale - 1) << 4 | (newScale - 1));
                scale = newScale;
            }
        }

        void lineFeed(int lineScale) {
            out.write(LF);
            paperDots += GlyphCells.lineHeight(lineScale);
        }

        /** GS ( k with cn 49 (QR code), function {@code fn} and its parameters. */
        void qrFunction(int fn, int... parameters) {
            int length = parameters.length + 2;
            command(GS, '(', 'k', length, 0, '1', fn);
            command(parameters);
        }
    }
}
