package com.hallkiosk.device.idcard;

import com.hallkiosk.device.DeviceException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * The data of a successful read (30 01, or 30 10 with the fingerprint): big-endian lengths of the
 * parts, then the text, the photo and the fingerprint (protocols §1.7, §1.8). The lengths are taken
 * from the answer rather than assumed to be 256 and 1024.
 */
public record ReadAnswer(byte[] text, byte[] photo, Optional<byte[]> fingerprint) {
    public ReadAnswer {
        text = text.clone();
        photo = photo.clone();
        fingerprint = fingerprint.map(byte[]::clone);
    }

    @Override
    public byte[] text() {
        return text.clone();
    }

    @Override
    public byte[] photo() {
        return photo.clone();
    }

    @Override
    public Optional<byte[]> fingerprint() {
        return fingerprint.map(byte[]::clone);
    }

    /** @throws DeviceException.Protocol when the lengths do not add up to the data there is */
    public static ReadAnswer parse(byte[] data, boolean withFingerprint) {
        int header = withFingerprint ? 6 : 4;
        if (data.length < header) {
            throw wrong("read answer of " + data.length + " bytes has no length header");
        }
        ByteBuffer in = ByteBuffer.wrap(data);
        int textLength = in.getShort() & 0xFFFF;
        int photoLength = in.getShort() & 0xFFFF;
        int fingerprintLength = withFingerprint ? in.getShort() & 0xFFFF : 0;
        if (header + textLength + photoLength + fingerprintLength != data.length) {
            throw wrong(String.format("read answer says text %d + photo %d + fingerprint %d bytes, it carries %d",
                    textLength, photoLength, fingerprintLength, data.length - header));
        }
        int photoAt = header + textLength;
        int fingerprintAt = photoAt + photoLength;
        return new ReadAnswer(Arrays.copyOfRange(data, header, photoAt), Arrays.copyOfRange(data, photoAt, fingerprintAt),
                fingerprintLength == 0 ? Optional.empty() : Optional.of(Arrays.copyOfRange(data, fingerprintAt, data.length)));
    }

    /** The answer's data; the inverse of {@link #parse}, for the emulator. */
    public byte[] data(boolean withFingerprint) {
        byte[] print = fingerprint.orElse(new byte[0]);
        ByteBuffer out = ByteBuffer.allocate((withFingerprint ? 6 + print.length : 4) + text.length + photo.length);
        out.putShort((short) text.length).putShort((short) photo.length);
        if (withFingerprint) {
            out.putShort((short) print.length);
        }
        out.put(text).put(photo);
        if (withFingerprint) {
            out.put(print);
        }
        return out.array();
    }

    private static DeviceException.Protocol wrong(String what) {
        return new DeviceException.Protocol("idcard: " + what, SamFrames.CHECK_LINE);
    }

    @Override
    public String toString() {
        return "ReadAnswer[text " + text.length + ", photo " + photo.length + ", fingerprint "
                + fingerprint.map(f -> f.length).orElse(0) + " bytes]";
    }
}
