package com.hallkiosk.catalog.curated;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over named pieces, shortened: what a catalog version is called when it comes from curated files. */
final class Fingerprint {
    private static final int HEX_DIGITS = 16;

    private final MessageDigest digest;

    Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    void add(String name, byte[] content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
    }

    String value() {
        return "curated-" + HexFormat.of().formatHex(digest.digest()).substring(0, HEX_DIGITS);
    }
}
