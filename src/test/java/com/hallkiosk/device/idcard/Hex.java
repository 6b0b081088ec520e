package com.hallkiosk.device.idcard;

import java.util.HexFormat;

/** Frames written the way protocols.md writes them: {@code "AA AA AA 96 69 00 03 11 FF ED"}. */
final class Hex {
    private Hex() {
    }

    static byte[] bytes(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    static String spaced(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }
}
