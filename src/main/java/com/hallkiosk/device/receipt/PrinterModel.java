package com.hallkiosk.device.receipt;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a receipt printer model is, from its profile in {@code drivers/receipt/}: the paper's width in
 * dots and in columns of the 12 × 24 font (a Chinese character takes two), the Chinese characters
 * its font has, whether it draws QR codes itself (GS ( k), how it cuts, how fast it prints and the
 * flow control of its serial line.
 *
 * @param printSpeed millimetres of paper a second; only bounds how long a job may take
 */
public record PrinterModel(String model, int paperDots, int columns, Characters characters, boolean qrCode, Cut cut,
                           int printSpeed, FlowControl flowControl) {
    /** 203 dpi, the thermal printers' usual resolution. */
    public static final int DOTS_PER_MM = 8;

    public PrinterModel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(characters, "characters");
        Objects.requireNonNull(cut, "cut");
        Objects.requireNonNull(flowControl, "flowControl");
        if (paperDots < 96 || paperDots % 8 != 0) {
            throw new IllegalArgumentException("the paper's width is a multiple of 8 dots, at least 96: " + paperDots);
        }
        if (columns < 8 || paperDots / columns < 8) {
            throw new IllegalArgumentException(columns + " columns do not fit " + paperDots + " dots");
        }
        if (printSpeed < 1) {
            throw new IllegalArgumentException("the print speed is at least 1 mm/s: " + printSpeed);
        }
    }

    /** The width of one column in dots: 12 on 58 mm (384 / 32) and 80 mm (576 / 48) paper. */
    public int columnDots() {
        return paperDots / columns;
    }

    /**
     * The Chinese characters in a printer's font, as GB18030 codes: protocols §4.1 — GB2312 printers
     * (SPRT), GB18030 printers whose support stops at the 2-byte codes (the GBK set, SP91), and printers
     * with the 4-byte codes too. Printable ASCII is in every one.
     */
    public enum Characters {
        GB2312, GBK, GB18030;

        private static final Charset GB18030_CHARSET = Charset.forName("GB18030");
        private static final Charset GBK_CHARSET = Charset.forName("GBK");

        /** Whether a code point prints with the printer's own font, sent as its GB18030 code. */
        public boolean prints(int codePoint) {
            if (codePoint >= 0x20 && codePoint < 0x7F) {
                return true;
            }
            if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.SURROGATE) {
                return false;
            }
            byte[] code = encode(codePoint, GB18030_CHARSET);
            if (code == null) {
                return false;
            }
            return switch (this) {
                // Java's GB2312 charset maps a few signs (· —) differently from GB18030; the code area decides.
                case GB2312 -> code.length == 2 && inGb2312Area(code[0] & 0xFF, code[1] & 0xFF);
                // FE50–FEA0 hold characters GBK left to private use (䶮 FE9F): GBK fonts may not have them.
                case GBK -> code.length == 2 && Arrays.equals(code, encode(codePoint, GBK_CHARSET));
                case GB18030 -> true;
            };
        }

        /** Rows 01–09 (signs) and 16–87 (characters) of GB2312, in EUC-CN bytes. */
        private static boolean inGb2312Area(int first, int second) {
            boolean row = (first >= 0xA1 && first <= 0xA9) || (first >= 0xB0 && first <= 0xF7);
            return row && second >= 0xA1 && second <= 0xFE;
        }

        /** The code point's bytes in {@code charset}, or null when it has none. */
        private static byte[] encode(int codePoint, Charset charset) {
            var encoder = charset.newEncoder();
            String text = new String(Character.toChars(codePoint));
            if (!encoder.canEncode(text)) {
                return null;
            }
            return text.getBytes(charset);
        }
    }

    /** How the printer cuts after a receipt: protocols §4.2. */
    public enum Cut {
        /** GS V 66 0: feed to the cutter, then cut leaving a point uncut. */
        FEED_PARTIAL,
        /** GS V 65 0: feed to the cutter, then cut through. */
        FEED_FULL,
        /** GS V 1 after a feed that clears the cutter. */
        PARTIAL,
        /** GS V 0 after a feed that clears the cutter. */
        FULL,
        /** No cutter: feed to the tear bar. */
        NONE
    }

    /** The serial line's flow control, as the printer is set (DIP switches or its settings tool). */
    public enum FlowControl {
        NONE, RTS_CTS, DTR_DSR, XON_XOFF
    }
}
