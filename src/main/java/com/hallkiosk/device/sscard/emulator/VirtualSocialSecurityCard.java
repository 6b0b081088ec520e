package com.hallkiosk.device.sscard.emulator;

import com.hallkiosk.device.sscard.PinApdus;
import com.hallkiosk.device.sscard.SsseItem;
import com.hallkiosk.device.sscard.SsseProtocol;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A 社保卡 in software, answering the APDUs of protocols §2.3–2.5 byte for byte: SELECT SSSE by DF name
 * (with 61xx and the FCI on GET RESPONSE if the behaviour says so), SELECT EF05/EF06 by file identifier
 * with P1 00 or 02, READ RECORD by tag (P2 = 00), by record number (P2 = 04) and by short file
 * identifier (P2 = (SFI << 3) | 04), 6Cxx for a wrong Le on T=0, VERIFY and CHANGE PIN with a try
 * counter kept on the card. The same card serves the in-process provider and vpcd.
 *
 * <p>Status words: 9000 done, 61xx more data, 6Cxx wrong Le, 63Cx wrong PIN with x tries left (63C0 on
 * the try that blocks), 6983 PIN blocked, 6700 wrong length, 6A80 bad PIN data, 6A82 file not found,
 * 6A83 record not found, 6A86 bad P1/P2, 6985 no GET RESPONSE pending, 6986 no current EF, 6D00 unknown
 * INS, 6E00 unknown CLA.
 */
public final class VirtualSocialSecurityCard {
    /**
     * T=0 only (TB1, TC1, 13 historical bytes), shaped like the 社保卡 ATR whose historical bytes the
     * iReadCardBas sample shows (protocols §2.6); the last bytes are made up.
     */
    private static final byte[] ATR = HexFormat.of().parseHex("3B6D000000814E4323869715990000000001");
    private static final int SW_OK = 0x9000;
    private static final int INS_SELECT = 0xA4;
    private static final int INS_READ_RECORD = 0xB2;
    private static final int INS_GET_RESPONSE = 0xC0;

    private final CardBehaviour behaviour;
    private final Map<SsseItem.File, Map<Integer, byte[]>> records = new EnumMap<>(SsseItem.File.class);
    private final AtomicInteger apdus = new AtomicInteger();
    private byte[] pin;
    private int pinTriesLeft;
    // Volatile card state, lost at power-off.
    private boolean ssseSelected;
    private SsseItem.File currentFile;
    private byte[] pendingResponse;

    public VirtualSocialSecurityCard(ScriptedCard script, CardBehaviour behaviour) {
        this.behaviour = behaviour;
        script.records().forEach((item, record) ->
                records.computeIfAbsent(item.file(), file -> new HashMap<>()).put(item.tag(), record));
        this.pin = behaviour.pinApdus().bcd(script.pin().toCharArray());
        this.pinTriesLeft = script.pinTriesLeft();
    }

    public byte[] atr() {
        return ATR.clone();
    }

    /** APDUs received since the card was made, GET RESPONSEs and resends included. */
    public int apdusReceived() {
        return apdus.get();
    }

    public synchronized int pinTriesLeft() {
        return pinTriesLeft;
    }

    /** Power off, on or reset: selections and pending data are lost; the PIN and its counter are not. */
    public synchronized void powerCycle() {
        ssseSelected = false;
        currentFile = null;
        pendingResponse = null;
    }

    /** The response APDU (data and status word) to one command APDU. */
    public synchronized byte[] process(byte[] command) {
        apdus.incrementAndGet();
        byte[] pending = pendingResponse;
        pendingResponse = null;
        Command c = Command.parse(command);
        if (c == null) {
            return status(0x6700);
        }
        PinApdus pinApdus = behaviour.pinApdus();
        if (PinApdus.hasHeader(command, pinApdus.verifyHeader())) {
            return verify(c);
        }
        if (PinApdus.hasHeader(command, pinApdus.changeHeader())) {
            return changePin(c);
        }
        if (c.cla() != 0x00) {
            return status(0x6E00);
        }
        return switch (c.ins()) {
            case INS_SELECT -> select(c);
            case INS_READ_RECORD -> readRecord(c);
            case INS_GET_RESPONSE -> getResponse(c, pending);
            default -> status(0x6D00);
        };
    }

    private byte[] select(Command c) {
        if (c.p1() == 0x04 && c.p2() == 0x00) {
            if (!Arrays.equals(c.data(), SsseProtocol.ssseName())) {
                return status(0x6A82);
            }
            ssseSelected = true;
            currentFile = null;
            byte[] fci = fci();
            if (behaviour.fciPending()) {
                pendingResponse = fci;
                return status(0x6100 | fci.length);
            }
            return c.le() < 0 ? status(SW_OK) : answer(fci, c.le());
        }
        if ((c.p1() == 0x00 || c.p1() == 0x02) && c.p2() == 0x00 && c.data().length == 2) {
            int fileId = (c.data()[0] & 0xFF) << 8 | c.data()[1] & 0xFF;
            SsseItem.File file = Arrays.stream(SsseItem.File.values()).filter(f -> f.fileId() == fileId).findFirst()
                    .orElse(null);
            if (file == null || !ssseSelected) {
                return status(0x6A82);
            }
            currentFile = file;
            return status(SW_OK);
        }
        return status(0x6A86);
    }

    private byte[] readRecord(Command c) {
        SsseItem.File file;
        if (c.p2() == 0x00 || c.p2() == 0x04) {
            if (currentFile == null) {
                return status(0x6986);
            }
            file = currentFile;
        } else if ((c.p2() & 0x07) == 0x04) {
            int sfi = c.p2() >>> 3;
            file = Arrays.stream(SsseItem.File.values()).filter(f -> f.shortFileId() == sfi).findFirst().orElse(null);
            if (file == null || !ssseSelected) {
                return status(0x6A82);
            }
            currentFile = file;
        } else {
            return status(0x6A86);
        }
        // Records are numbered in tag order with number = tag (protocols §2.3), so P1 means the same
        // whether it is a record identifier (P2 = 00) or a record number (P2 = 04, SFI).
        byte[] record = records.get(file).get(c.p1());
        return record == null ? status(0x6A83) : answer(record, c.le());
    }

    private byte[] getResponse(Command c, byte[] pending) {
        if (pending == null) {
            return status(0x6985);
        }
        if (c.p1() != 0 || c.p2() != 0) {
            pendingResponse = pending;
            return status(0x6A86);
        }
        byte[] response = answer(pending, c.le());
        if ((response[response.length - 2] & 0xFF) == 0x6C) {
            pendingResponse = pending;
        }
        return response;
    }

    private byte[] verify(Command c) {
        if (pinTriesLeft == 0) {
            return status(0x6983);
        }
        return checkPin(c.data()) ? status(SW_OK) : wrongPin();
    }

    private byte[] changePin(Command c) {
        byte[] data = c.data();
        int separator = indexOf(data, (byte) behaviour.pinApdus().changeSeparator());
        if (separator < 1 || separator == data.length - 1) {
            return status(0x6A80);
        }
        if (pinTriesLeft == 0) {
            return status(0x6983);
        }
        byte[] newPin = Arrays.copyOfRange(data, separator + 1, data.length);
        if (!isBcdPin(newPin)) {
            return status(0x6A80);
        }
        if (!checkPin(Arrays.copyOf(data, separator))) {
            return wrongPin();
        }
        pin = newPin;
        return status(SW_OK);
    }

    private boolean checkPin(byte[] offered) {
        if (!Arrays.equals(offered, pin)) {
            return false;
        }
        pinTriesLeft = behaviour.pinTryLimit();
        return true;
    }

    private byte[] wrongPin() {
        pinTriesLeft--;
        return status(0x63C0 | pinTriesLeft);
    }

    /** Digits in BCD, F only as the filling of the last nibble. */
    private static boolean isBcdPin(byte[] bcd) {
        String nibbles = HexFormat.of().withUpperCase().formatHex(bcd);
        return nibbles.matches("[0-9]+F?");
    }

    private byte[] answer(byte[] data, int le) {
        if (behaviour.strictLe() && le != data.length) {
            return status(0x6C00 | data.length & 0xFF);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 2);
        out.writeBytes(data);
        out.write(SW_OK >> 8);
        out.write(SW_OK & 0xFF);
        return out.toByteArray();
    }

    /** FCI template with the DF name, the least an application's FCI has. */
    private static byte[] fci() {
        byte[] name = SsseProtocol.ssseName();
        byte[] fci = new byte[4 + name.length];
        fci[0] = 0x6F;
        fci[1] = (byte) (2 + name.length);
        fci[2] = (byte) 0x84;
        fci[3] = (byte) name.length;
        System.arraycopy(name, 0, fci, 4, name.length);
        return fci;
    }

    private static int indexOf(byte[] data, byte value) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == value) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] status(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }

    /** A short command APDU; Le -1 when absent, 256 for 00. */
    private record Command(int cla, int ins, int p1, int p2, byte[] data, int le) {
        private static final int HEADER = 4;

        static Command parse(byte[] apdu) {
            if (apdu.length < HEADER) {
                return null;
            }
            int cla = apdu[0] & 0xFF;
            int ins = apdu[1] & 0xFF;
            int p1 = apdu[2] & 0xFF;
            int p2 = apdu[3] & 0xFF;
            if (apdu.length == HEADER) {
                return new Command(cla, ins, p1, p2, new byte[0], -1);
            }
            int p3 = apdu[HEADER] & 0xFF;
            if (apdu.length == HEADER + 1) {
                return new Command(cla, ins, p1, p2, new byte[0], p3 == 0 ? 256 : p3);
            }
            if (p3 == 0 || apdu.length < HEADER + 1 + p3 || apdu.length > HEADER + 2 + p3) {
                return null;
            }
            byte[] data = Arrays.copyOfRange(apdu, HEADER + 1, HEADER + 1 + p3);
            int le = apdu.length == HEADER + 2 + p3 ? (apdu[apdu.length - 1] & 0xFF) : -1;
            return new Command(cla, ins, p1, p2, data, le == 0 ? 256 : le);
        }
    }
}
