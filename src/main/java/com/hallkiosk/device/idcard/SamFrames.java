package com.hallkiosk.device.idcard;

import com.hallkiosk.device.DeviceException;
import java.util.Arrays;

/**
 * GA/T 467 frames, both directions (protocols §1.3): preamble {@code AA AA AA 96 69}, a big-endian
 * length that counts the body and the checksum, the body (CMD Para Data one way, SW1 SW2 SW3 Data
 * the other), and an XOR of every byte after the preamble.
 */
public final class SamFrames {
    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    /** Preamble, Len1, Len2. */
    public static final int HEADER_LENGTH = 7;
    /** The shortest body is a request's CMD and Para; Len adds the checksum. */
    static final int MIN_LENGTH = 3;
    /**
     * The longest known answer is a read with a 1024-byte fingerprint (Len 2314, §1.8); a Len far above
     * it is noise on the line, not a frame, and must not make us wait for bytes that never come.
     */
    static final int MAX_LENGTH = 4096;
    static final String CHECK_LINE = "check the cable and that the module runs at the configured baud rate";

    private SamFrames() {
    }

    /** The whole frame around a body. */
    public static byte[] frame(byte[] body) {
        int length = body.length + 1;
        byte[] frame = new byte[HEADER_LENGTH + length];
        System.arraycopy(PREAMBLE, 0, frame, 0, PREAMBLE.length);
        frame[5] = (byte) (length >> 8);
        frame[6] = (byte) length;
        System.arraycopy(body, 0, frame, HEADER_LENGTH, body.length);
        frame[frame.length - 1] = checksum(frame, PREAMBLE.length, frame.length - 1);
        return frame;
    }

    /**
     * The body of a complete frame, after checking the preamble, the length against the bytes there
     * are, and the checksum.
     *
     * @throws DeviceException.Protocol when any of them is wrong; nothing else escapes
     */
    public static byte[] body(byte[] frame) {
        if (frame.length < HEADER_LENGTH + MIN_LENGTH) {
            throw malformed("frame of " + frame.length + " bytes is shorter than the shortest frame");
        }
        if (!Arrays.equals(frame, 0, PREAMBLE.length, PREAMBLE, 0, PREAMBLE.length)) {
            throw malformed("frame does not start with the preamble AA AA AA 96 69");
        }
        int length = declaredLength(frame[5], frame[6]);
        checkLength(length);
        if (length != frame.length - HEADER_LENGTH) {
            throw malformed("length field says " + length + " bytes, the frame has " + (frame.length - HEADER_LENGTH));
        }
        byte expected = checksum(frame, PREAMBLE.length, frame.length - 1);
        if (expected != frame[frame.length - 1]) {
            throw malformed(String.format("checksum %02X, expected %02X", frame[frame.length - 1], expected));
        }
        return Arrays.copyOfRange(frame, HEADER_LENGTH, frame.length - 1);
    }

    static int declaredLength(byte high, byte low) {
        return (high & 0xFF) << 8 | (low & 0xFF);
    }

    static void checkLength(int length) {
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw malformed("length field " + length + " is outside " + MIN_LENGTH + ".." + MAX_LENGTH);
        }
    }

    static byte checksum(byte[] bytes, int from, int to) {
        byte xor = 0;
        for (int i = from; i < to; i++) {
            xor ^= bytes[i];
        }
        return xor;
    }

    static DeviceException.Protocol malformed(String what) {
        return new DeviceException.Protocol("idcard: malformed frame: " + what, CHECK_LINE);
    }
}
