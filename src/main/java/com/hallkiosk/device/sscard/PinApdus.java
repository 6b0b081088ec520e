package com.hallkiosk.device.sscard;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The VERIFY and CHANGE PIN commands of the 社保卡, kept in this one place because their exact bytes
 * are <b>[UNVERIFIED]</b>: LD/T 32.5 defines them but no readable source gave them (protocols §2.5).
 * The defaults are the PBOC-style working assumption: VERIFY {@code 00 20 00 00 Lc PIN}, CHANGE PIN
 * {@code 80 5E 01 00 Lc old FF new}, the PIN in BCD filled with F to whole bytes. Each header, the
 * separator and the accepted PIN lengths can be set from configuration with {@link #of}; the emulator
 * answers whatever is configured here, so a correction is made once.
 *
 * <p>The commands built here hold the PIN: callers wipe them after sending, and nothing logs them.
 *
 * @param verifyHeader    CLA INS P1 P2 of VERIFY, as one 32-bit number
 * @param changeHeader    CLA INS P1 P2 of CHANGE PIN
 * @param changeSeparator the byte between the old and the new PIN in CHANGE PIN
 * @param minDigits       fewest digits a PIN may have
 * @param maxDigits       most digits a PIN may have (at most 12: 6 BCD bytes)
 */
public record PinApdus(int verifyHeader, int changeHeader, int changeSeparator, int minDigits, int maxDigits) {
    private static final int MAX_BCD_DIGITS = 12;

    public PinApdus {
        if (minDigits < 1 || maxDigits < minDigits || maxDigits > MAX_BCD_DIGITS) {
            throw new IllegalArgumentException("PIN lengths must satisfy 1 <= min <= max <= 12");
        }
        if (changeSeparator < 0 || changeSeparator > 0xFF) {
            throw new IllegalArgumentException("the separator is one byte");
        }
    }

    /** The working assumption of protocols §2.5 [UNVERIFIED], for 6-digit PINs. */
    public static PinApdus defaults() {
        return new PinApdus(0x00200000, 0x805E0100, 0xFF, 6, 6);
    }

    /** From configuration text, e.g. {@code of("00 20 00 00", "80 5E 01 00", 0xFF, 6, 6)}. */
    public static PinApdus of(String verifyHeader, String changeHeader, int changeSeparator, int minDigits, int maxDigits) {
        return new PinApdus(header(verifyHeader), header(changeHeader), changeSeparator, minDigits, maxDigits);
    }

    /** VERIFY with {@code pin}; the caller wipes both the PIN and the command. */
    public byte[] verifyCommand(char[] pin) {
        byte[] bcd = bcd(pin);
        try {
            return command(verifyHeader, bcd);
        } finally {
            Arrays.fill(bcd, (byte) 0);
        }
    }

    /** CHANGE PIN from {@code oldPin} to {@code newPin}; the caller wipes both PINs and the command. */
    public byte[] changeCommand(char[] oldPin, char[] newPin) {
        byte[] oldBcd = bcd(oldPin);
        byte[] newBcd = bcd(newPin);
        byte[] data = new byte[oldBcd.length + 1 + newBcd.length];
        try {
            System.arraycopy(oldBcd, 0, data, 0, oldBcd.length);
            data[oldBcd.length] = (byte) changeSeparator;
            System.arraycopy(newBcd, 0, data, oldBcd.length + 1, newBcd.length);
            return command(changeHeader, data);
        } finally {
            Arrays.fill(oldBcd, (byte) 0);
            Arrays.fill(newBcd, (byte) 0);
            Arrays.fill(data, (byte) 0);
        }
    }

    /** Whether {@code command} starts with {@code header} (for the emulator, which answers these commands). */
    public static boolean hasHeader(byte[] command, int header) {
        return command.length >= 4 && ((command[0] & 0xFF) << 24 | (command[1] & 0xFF) << 16
                | (command[2] & 0xFF) << 8 | command[3] & 0xFF) == header;
    }

    /** The PIN's digits in BCD, F-filled; refuses (without echoing it) a PIN that is not min..max digits. */
    public byte[] bcd(char[] pin) {
        boolean digits = pin.length >= minDigits && pin.length <= maxDigits;
        for (char c : pin) {
            digits &= c >= '0' && c <= '9';
        }
        if (!digits) {
            throw new IllegalArgumentException(minDigits == maxDigits ? "a PIN is " + minDigits + " digits"
                    : "a PIN is " + minDigits + " to " + maxDigits + " digits");
        }
        byte[] bcd = new byte[(pin.length + 1) / 2];
        Arrays.fill(bcd, (byte) 0xFF);
        for (int i = 0; i < pin.length; i++) {
            int nibble = pin[i] - '0';
            bcd[i / 2] = (byte) (i % 2 == 0 ? nibble << 4 | 0x0F : bcd[i / 2] & 0xF0 | nibble);
        }
        return bcd;
    }

    private static byte[] command(int header, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(5 + data.length);
        out.write(header >>> 24);
        out.write(header >>> 16 & 0xFF);
        out.write(header >>> 8 & 0xFF);
        out.write(header & 0xFF);
        out.write(data.length);
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static int header(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex.replace(" ", ""));
        if (bytes.length != 4) {
            throw new IllegalArgumentException("a command header is 4 bytes (CLA INS P1 P2), not " + bytes.length);
        }
        return (bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8 | bytes[3] & 0xFF;
    }
}
