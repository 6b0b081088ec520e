package com.hallkiosk.device.sscard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A strict SIMPLE-TLV parser. It accepts exactly the canonical encoding {@link Tlv#encode()} writes,
 * so what it accepts re-encodes to the same bytes, and rejects everything else with
 * {@link TlvFormatException} (and nothing else, for any input: the fuzz test holds it to that):
 * tag 00 or FF (padding, not a tag), a length running past the end, a three-byte length for a value
 * that fits the one-byte form, trailing bytes, and, for a record, a tag other than the one asked for.
 */
public final class TlvParser {
    private TlvParser() {
    }

    /** All data objects of {@code input}, which they must fill exactly; none for an empty input. */
    public static List<Tlv> parseAll(byte[] input) throws TlvFormatException {
        List<Tlv> objects = new ArrayList<>();
        int offset = 0;
        while (offset < input.length) {
            offset = parseAt(input, offset, objects);
        }
        return objects;
    }

    /** A record: exactly one data object, with tag {@code expectedTag}. */
    public static Tlv parseRecord(byte[] input, int expectedTag) throws TlvFormatException {
        List<Tlv> objects = parseAll(input);
        if (objects.size() != 1) {
            throw new TlvFormatException("a record holds one data object, not " + objects.size(), 0);
        }
        Tlv only = objects.get(0);
        if (only.tag() != expectedTag) {
            throw new TlvFormatException(String.format("expected tag %02X, found %02X", expectedTag, only.tag()), 0);
        }
        return only;
    }

    /** Parses the object starting at {@code offset}, adds it, and returns where the next one starts. */
    private static int parseAt(byte[] input, int offset, List<Tlv> objects) throws TlvFormatException {
        int tag = input[offset] & 0xFF;
        if (tag == 0x00 || tag == 0xFF) {
            throw new TlvFormatException(String.format("tag %02X is not a SIMPLE-TLV tag", tag), offset);
        }
        int cursor = offset + 1;
        if (cursor >= input.length) {
            throw new TlvFormatException("the length is missing", cursor);
        }
        int length = input[cursor] & 0xFF;
        cursor++;
        if (length == Tlv.LONG_LENGTH) {
            if (cursor + 2 > input.length) {
                throw new TlvFormatException("the three-byte length is cut short", cursor);
            }
            length = (input[cursor] & 0xFF) << 8 | input[cursor + 1] & 0xFF;
            if (length < Tlv.LONG_LENGTH) {
                throw new TlvFormatException("a three-byte length for " + length + " bytes", cursor);
            }
            cursor += 2;
        }
        if (length > input.length - cursor) {
            throw new TlvFormatException("the value needs " + length + " bytes, " + (input.length - cursor)
                    + " are left", cursor);
        }
        objects.add(new Tlv(tag, Arrays.copyOfRange(input, cursor, cursor + length)));
        return cursor + length;
    }
}
