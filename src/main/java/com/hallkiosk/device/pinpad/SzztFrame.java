package com.hallkiosk.device.pinpad;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The command and answer frames of the SZZT (深圳证通) ZT588/ZT598 PIN pads:
 * {@code STX, the text's length as 3 ASCII decimal digits, the text, ETX, the XOR of every byte from the
 * length to ETX as 2 ASCII upper-case hex digits}. Key presses in plain-text mode are single bytes outside
 * any frame. Source: the ZT588 driver of smartkiosk/smartware
 * ({@code lib/smartware/drivers/common/szzt_connection.rb}, {@code submit_command}, {@code handle_response});
 * see drivers/pinpad/szzt-zt588.properties.
 */
public final class SzztFrame {
    public static final byte STX = 0x02;
    public static final byte ETX = 0x03;
    /** Bytes around the text: STX, 3 length digits, ETX, 2 checksum digits. */
    public static final int OVERHEAD = 7;
    private static final int LONGEST_TEXT = 999;

    private SzztFrame() {
    }

    public static byte[] encode(byte[] text) {
        if (text.length > LONGEST_TEXT) {
            throw new IllegalArgumentException("a frame holds at most " + LONGEST_TEXT + " bytes");
        }
        ByteArrayOutputStream frame = new ByteArrayOutputStream(text.length + OVERHEAD);
        frame.write(STX);
        frame.writeBytes(String.format("%03d", text.length).getBytes(StandardCharsets.US_ASCII));
        frame.writeBytes(text);
        frame.write(ETX);
        byte[] partial = frame.toByteArray();
        frame.writeBytes(String.format("%02X", checksum(partial, 1, partial.length)).getBytes(StandardCharsets.US_ASCII));
        return frame.toByteArray();
    }

    public static byte[] encode(String text) {
        return encode(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * How long the frame starting with STX at {@code buffer[0]} is, once its 3 length digits are in
     * ({@code length >= 4}); empty before, or -1 when the length digits are not digits.
     */
    public static Optional<Integer> frameLength(byte[] buffer, int length) {
        if (length < 4) {
            return Optional.empty();
        }
        int text = 0;
        for (int i = 1; i <= 3; i++) {
            if (buffer[i] < '0' || buffer[i] > '9') {
                return Optional.of(-1);
            }
            text = text * 10 + buffer[i] - '0';
        }
        return Optional.of(text + OVERHEAD);
    }

    /** The text of the whole frame {@code buffer[0..length)}, or empty when its ETX or checksum is wrong. */
    public static Optional<byte[]> text(byte[] buffer, int length) {
        if (buffer[0] != STX || buffer[length - 3] != ETX) {
            return Optional.empty();
        }
        String sent = new String(buffer, length - 2, 2, StandardCharsets.US_ASCII);
        if (!sent.equals(String.format("%02X", checksum(buffer, 1, length - 2)))) {
            return Optional.empty();
        }
        byte[] text = new byte[length - OVERHEAD];
        System.arraycopy(buffer, 4, text, 0, text.length);
        return Optional.of(text);
    }

    private static int checksum(byte[] bytes, int from, int to) {
        int xor = 0;
        for (int i = from; i < to; i++) {
            xor ^= bytes[i] & 0xFF;
        }
        return xor;
    }
}
