package com.hallkiosk.device.sscard;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * One SIMPLE-TLV data object (ISO/IEC 7816-4): a one-byte tag 01–FE, a length of one byte (00–FE) or
 * of FF followed by two bytes, and the value. On the 社保卡 each EF05/EF06 record is one such object
 * whose tag is the data item's number (protocols §2.3–2.4).
 */
public record Tlv(int tag, byte[] value) {
    static final int MAX_TAG = 0xFE;
    static final int LONG_LENGTH = 0xFF;
    static final int MAX_LENGTH = 0xFFFF;

    public Tlv {
        if (tag < 1 || tag > MAX_TAG) {
            throw new IllegalArgumentException("SIMPLE-TLV tags are 01..FE, not " + tag);
        }
        if (value.length > MAX_LENGTH) {
            throw new IllegalArgumentException("SIMPLE-TLV values are at most 65535 bytes");
        }
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /** The object as it is stored on the card, with the shortest length field. */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 4);
        out.write(tag);
        if (value.length < LONG_LENGTH) {
            out.write(value.length);
        } else {
            out.write(LONG_LENGTH);
            out.write(value.length >> 8);
            out.write(value.length & 0xFF);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tlv that && tag == that.tag && Arrays.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return 31 * tag + Arrays.hashCode(value);
    }

    /** Tag and length only: the values of EF06 are personal data. */
    @Override
    public String toString() {
        return String.format("Tlv[tag=%02X, %d bytes]", tag, value.length);
    }
}
