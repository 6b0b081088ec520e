package com.hallkiosk.device.pinpad.emulator;

import com.hallkiosk.device.pinpad.SzztFrame;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A ZT588-family PIN pad in software: it takes the host's bytes, answers each command frame, and, while
 * input is enabled, turns each key press into the byte the loaded key table gives it (nothing before a
 * table is loaded, nothing while input is disabled, as on the pad). The success status byte '0' of its
 * answers is [UNVERIFIED]: the source checks only for the error bytes E0–EF.
 */
public final class VirtualPinPad {
    static final byte OK = '0';
    private static final byte INCORRECT_PARAMETER = (byte) 0xEB;
    private static final byte INCORRECT_DATA = (byte) 0xE9;
    private static final int KEYS = PadKey.values().length;

    private final String model;
    private final ByteArrayOutputStream fromHost = new ByteArrayOutputStream();
    private final ByteArrayOutputStream toHost = new ByteArrayOutputStream();
    private byte[] keyTable;
    private boolean inputEnabled;
    private int commands;
    private int badFrames;

    public VirtualPinPad(String model) {
        this.model = model;
    }

    /** Bytes from the host; answers go to {@link #takeOutput()}. */
    public synchronized void receive(byte[] bytes, int length) {
        fromHost.write(bytes, 0, length);
        byte[] pending = fromHost.toByteArray();
        int at = 0;
        while (at < pending.length) {
            if (pending[at] != SzztFrame.STX) {
                at++;
                continue;
            }
            byte[] rest = Arrays.copyOfRange(pending, at, pending.length);
            Integer frameLength = SzztFrame.frameLength(rest, rest.length).orElse(null);
            if (frameLength == null || (frameLength > 0 && rest.length < frameLength)) {
                break;
            }
            if (frameLength < 0) {
                badFrames++;
                at++;
                continue;
            }
            byte[] text = SzztFrame.text(rest, frameLength).orElse(null);
            if (text == null) {
                badFrames++;
            } else {
                answer(new String(text, StandardCharsets.ISO_8859_1));
            }
            at += frameLength;
        }
        fromHost.reset();
        fromHost.write(pending, at, pending.length - at);
    }

    /** A key pressed on the pad; false when the pad sent nothing (input disabled, or no key table). */
    public synchronized boolean press(PadKey key) {
        if (!inputEnabled || keyTable == null) {
            return false;
        }
        toHost.write(keyTable[key.ordinal()]);
        return true;
    }

    /** Bytes for the host since the last call. */
    public synchronized byte[] takeOutput() {
        byte[] out = toHost.toByteArray();
        toHost.reset();
        return out;
    }

    public synchronized boolean inputEnabled() {
        return inputEnabled;
    }

    public synchronized int commands() {
        return commands;
    }

    public synchronized int badFrames() {
        return badFrames;
    }

    private void answer(String command) {
        commands++;
        switch (command.isEmpty() ? ' ' : command.charAt(0)) {
            case '3' -> reply(OK, information());
            case '4' -> loadKeyTable(command.substring(1));
            case '5' -> control(command.substring(1));
            default -> reply(INCORRECT_PARAMETER, "");
        }
    }

    private void loadKeyTable(String hex) {
        try {
            byte[] table = HexFormat.of().parseHex(hex);
            if (table.length != KEYS) {
                reply(INCORRECT_DATA, "");
                return;
            }
            keyTable = table;
            reply(OK, "");
        } catch (IllegalArgumentException e) {
            reply(INCORRECT_DATA, "");
        }
    }

    private void control(String parameter) {
        switch (parameter) {
            case "033" -> inputEnabled = true;
            case "032", "030" -> inputEnabled = false;
            case "637", "034", "035" -> {
                // hex mode, sound off/on: accepted, nothing to emulate
            }
            default -> {
                reply(INCORRECT_PARAMETER, "");
                return;
            }
        }
        reply(OK, "");
    }

    /** User information 50, key table 48 (hex), settings 20 (hex), function code 8, model 6, versions 3 + 3, date 4, serial 4. */
    private String information() {
        String table = keyTable == null ? "0".repeat(KEYS * 2) : HexFormat.of().withUpperCase().formatHex(keyTable);
        return " ".repeat(50) + table + "0".repeat(20) + "0".repeat(8) + String.format("%-6s", model)
                + "1.0" + "1.0" + "2401" + "0001";
    }

    private void reply(byte status, String data) {
        byte[] text = new byte[1 + data.length()];
        text[0] = status;
        System.arraycopy(data.getBytes(StandardCharsets.ISO_8859_1), 0, text, 1, data.length());
        toHost.writeBytes(SzztFrame.encode(text));
    }
}
