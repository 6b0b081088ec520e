package com.hallkiosk.device.sscard;

import com.hallkiosk.device.DeviceException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * How a data item's value bytes represent its text (protocols §2.4). Text items ("an") are
 * left-aligned and filled with 00 on the right; digit items ("cn") are BCD filled with F. The reader
 * decodes with these and the emulator encodes with them, and both are checked against byte vectors
 * taken from the sources.
 */
public enum ItemFormat {
    /** Binary, shown as upper-case hex (card identifier, initialising institution). Exact length. */
    HEX {
        @Override
        String decodeValue(byte[] value) {
            return HexFormat.of().withUpperCase().formatHex(value);
        }

        @Override
        byte[] encodeValue(String text, int length) {
            return HexFormat.of().parseHex(text);
        }
    },
    /** ASCII text, 00-filled; the filling (and spaces) are trimmed. Up to the item's length. */
    ASCII {
        @Override
        String decodeValue(byte[] value) {
            return strict(StandardCharsets.US_ASCII, trimmed(value));
        }

        @Override
        byte[] encodeValue(String text, int length) {
            return zeroFilled(text.getBytes(StandardCharsets.US_ASCII), length);
        }
    },
    /** GBK text (the name), 00-filled; the filling and spaces are trimmed. Up to the item's length. */
    GBK {
        @Override
        String decodeValue(byte[] value) {
            return strict(Charset.forName("GBK"), trimmed(value));
        }

        @Override
        byte[] encodeValue(String text, int length) {
            return zeroFilled(text.getBytes(Charset.forName("GBK")), length);
        }
    },
    /** BCD digits filling the item exactly (dates YYYYMMDD, the nation code). */
    BCD {
        @Override
        String decodeValue(byte[] value) {
            String digits = HexFormat.of().formatHex(value);
            return digits.chars().allMatch(Character::isDigit) ? digits : null;
        }

        @Override
        byte[] encodeValue(String text, int length) {
            return HexFormat.of().parseHex(text);
        }
    },
    /** BCD digits, F-filled on the right (the birthplace region code); the F filling is stripped. */
    BCD_F_FILLED {
        @Override
        String decodeValue(byte[] value) {
            String nibbles = HexFormat.of().withUpperCase().formatHex(value);
            String digits = nibbles.replaceFirst("F+$", "");
            return !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) ? digits : null;
        }

        @Override
        byte[] encodeValue(String text, int length) {
            return HexFormat.of().parseHex(text + "F".repeat(2 * length - text.length()));
        }
    };

    /** The value's text, or null when the bytes are not in this format. */
    abstract String decodeValue(byte[] value);

    abstract byte[] encodeValue(String text, int length);

    /** The item's text; fails with {@link DeviceException.InvalidCard} naming the item, never its bytes. */
    public String decode(SsseItem item, byte[] value) {
        boolean exact = this == HEX || this == BCD || this == BCD_F_FILLED;
        String text = exact && value.length != item.length() || value.length > item.length() ? null : decodeValue(value);
        if (text == null) {
            throw new DeviceException.InvalidCard("the card's " + item + " (" + item.label() + ") is not " + this
                    + " of " + item.length() + " bytes");
        }
        return text;
    }

    /** The value bytes for {@code text}, as a card stores them: exactly the item's length. */
    public byte[] encode(SsseItem item, String text) {
        byte[] value = encodeValue(text, item.length());
        if (value.length != item.length()) {
            throw new IllegalArgumentException(item + " holds " + item.length() + " bytes, not " + value.length);
        }
        return value;
    }

    private static byte[] zeroFilled(byte[] text, int length) {
        if (text.length > length) {
            throw new IllegalArgumentException("text of " + text.length + " bytes does not fit in " + length);
        }
        return Arrays.copyOf(text, length);
    }

    private static byte[] trimmed(byte[] value) {
        int start = 0;
        int end = value.length;
        while (start < end && (value[start] == 0 || value[start] == ' ')) {
            start++;
        }
        while (end > start && (value[end - 1] == 0 || value[end - 1] == ' ')) {
            end--;
        }
        return Arrays.copyOfRange(value, start, end);
    }

    /** Decodes, or returns null for bytes that are not valid in the charset (no replacement characters). */
    private static String strict(Charset charset, byte[] bytes) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
