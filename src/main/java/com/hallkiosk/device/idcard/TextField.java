package com.hallkiosk.device.idcard;

import java.nio.charset.StandardCharsets;

/**
 * A field of the 256-byte text block: UCS-2 little-endian characters at a byte offset, right-padded
 * with spaces (protocols §1.9).
 */
public record TextField(int offset, int length) {
    private static final byte[] SPACE = " ".getBytes(StandardCharsets.UTF_16LE);

    public TextField {
        if (offset < 0 || length <= 0 || length % 2 != 0 || offset % 2 != 0 || offset + length > IdCardText.LENGTH) {
            throw new IllegalArgumentException("a text field is an even number of bytes inside the 256-byte block: "
                    + offset + "+" + length);
        }
    }

    /** The field's text without its padding (trailing spaces, and NULs some modules leave). */
    public String read(byte[] text) {
        String raw = new String(text, offset, length, StandardCharsets.UTF_16LE);
        int end = raw.length();
        while (end > 0 && (raw.charAt(end - 1) == ' ' || raw.charAt(end - 1) == '\0')) {
            end--;
        }
        return raw.substring(0, end);
    }

    /** Writes {@code value} space-padded into the field; for building cards in the emulator. */
    public void write(byte[] text, String value) {
        byte[] encoded = value.getBytes(StandardCharsets.UTF_16LE);
        if (encoded.length > length) {
            throw new IllegalArgumentException(value.length() + " characters do not fit a field of " + length / 2);
        }
        System.arraycopy(encoded, 0, text, offset, encoded.length);
        for (int at = offset + encoded.length; at < offset + length; at += SPACE.length) {
            System.arraycopy(SPACE, 0, text, at, SPACE.length);
        }
    }

    boolean overlaps(TextField other) {
        return offset < other.offset + other.length && other.offset < offset + length;
    }
}
