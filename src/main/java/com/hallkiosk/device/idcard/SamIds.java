package com.hallkiosk.device.idcard;

import com.hallkiosk.device.DeviceException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SAM's number from the 16 data bytes of a 12 FF answer, written the way HslCommunication writes
 * it (protocols §1.12): {@code d0 "." d2 "-" u32(d4) "-" u32(d8) "-" u32(d12)}, the first two as two
 * digits, the last two as nine, the integers little-endian (unlike the frame's big-endian length).
 * Bytes 1 and 3 are not part of the number.
 */
public final class SamIds {
    public static final int DATA_LENGTH = 16;
    private static final Pattern FORMATTED = Pattern.compile("(\\d{2})\\.(\\d{2})-(\\d{1,10})-(\\d{9,10})-(\\d{9,10})");

    private SamIds() {
    }

    public static String format(byte[] data) {
        if (data.length != DATA_LENGTH) {
            throw new DeviceException.Protocol("idcard: the SAM id answer has " + data.length + " data bytes, expected "
                    + DATA_LENGTH, SamFrames.CHECK_LINE);
        }
        ByteBuffer le = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        return String.format("%02d.%02d-%d-%09d-%09d", data[0] & 0xFF, data[2] & 0xFF,
                Integer.toUnsignedLong(le.getInt(4)), Integer.toUnsignedLong(le.getInt(8)),
                Integer.toUnsignedLong(le.getInt(12)));
    }

    /** The 16 data bytes that {@link #format} turns into {@code formatted}; for the emulator. */
    public static byte[] data(String formatted) {
        Matcher m = FORMATTED.matcher(formatted);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a SAM id like 05.01-20101111-000123456-001234567: " + formatted);
        }
        ByteBuffer le = ByteBuffer.allocate(DATA_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        le.put(0, (byte) Integer.parseInt(m.group(1)));
        le.put(2, (byte) Integer.parseInt(m.group(2)));
        for (int i = 0; i < 3; i++) {
            le.putInt(4 + 4 * i, (int) Long.parseLong(m.group(3 + i)));
        }
        return le.array();
    }
}
