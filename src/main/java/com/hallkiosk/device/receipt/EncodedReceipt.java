package com.hallkiosk.device.receipt;

import java.util.List;

/**
 * A receipt rendered for one printer model: the ESC/POS bytes, the characters that needed a fallback,
 * and about how much paper it takes (to bound how long printing it may last).
 */
public final class EncodedReceipt {
    private final byte[] bytes;
    private final List<CharacterFallback> fallbacks;
    private final int paperDots;

    EncodedReceipt(byte[] bytes, List<CharacterFallback> fallbacks, int paperDots) {
        this.bytes = bytes.clone();
        this.fallbacks = List.copyOf(fallbacks);
        this.paperDots = paperDots;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public List<CharacterFallback> fallbacks() {
        return fallbacks;
    }

    /** The paper's length in dots, feeds included. */
    public int paperDots() {
        return paperDots;
    }
}
