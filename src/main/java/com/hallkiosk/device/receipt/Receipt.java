package com.hallkiosk.device.receipt;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A receipt as a small document: lines to print, then feed and cut. A driver renders it to the bytes
 * of one printer model ({@link EscPosEncoder}); nothing here knows about commands or paper widths.
 */
public record Receipt(List<Line> lines) {
    public Receipt {
        lines = List.copyOf(lines);
    }

    /** One line of a receipt. */
    public sealed interface Line permits Text, Divider, Feed, QrCode {
    }

    /**
     * Text, wrapped to the paper's width; a line break in it starts a new line. {@code large} prints it
     * at double width and double height.
     */
    public record Text(String text, Align align, boolean bold, boolean large) implements Line {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(align, "align");
        }
    }

    /** A dashed rule across the paper. */
    public record Divider() implements Line {
    }

    /** Blank lines. */
    public record Feed(int lines) implements Line {
        /** ESC d takes one byte. */
        public static final int MAX = 255;

        public Feed {
            if (lines < 0 || lines > MAX) {
                throw new IllegalArgumentException("a feed is 0 to " + MAX + " lines, not " + lines);
            }
        }
    }

    /**
     * A QR code of {@code data} (its UTF-8 bytes), centred, each of its modules {@code moduleDots} dots
     * square (1 to 16, what GS ( k allows).
     */
    public record QrCode(String data, int moduleDots) implements Line {
        /** The most a version 40 symbol at error correction level M holds, in bytes. */
        public static final int MAX_BYTES = 2331;
        public static final int DEFAULT_MODULE_DOTS = 6;

        public QrCode {
            Objects.requireNonNull(data, "data");
            int bytes = data.getBytes(StandardCharsets.UTF_8).length;
            if (bytes == 0 || bytes > MAX_BYTES) {
                throw new IllegalArgumentException("a QR code holds 1 to " + MAX_BYTES + " bytes, not " + bytes);
            }
            if (moduleDots < 1 || moduleDots > 16) {
                throw new IllegalArgumentException("a QR module is 1 to 16 dots, not " + moduleDots);
            }
        }

        public byte[] bytes() {
            return data.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Where text sits on the paper. */
    public enum Align {
        LEFT, CENTER, RIGHT
    }

    public static Text text(String text) {
        return new Text(text, Align.LEFT, false, false);
    }

    public static Text heading(String text) {
        return new Text(text, Align.CENTER, true, true);
    }

    public static QrCode qr(String data) {
        return new QrCode(data, QrCode.DEFAULT_MODULE_DOTS);
    }
}
