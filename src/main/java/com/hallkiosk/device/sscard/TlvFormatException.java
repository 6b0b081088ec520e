package com.hallkiosk.device.sscard;

/**
 * The only exception {@link TlvParser} throws: the bytes are not well-formed SIMPLE-TLV. It says at
 * which byte the input went wrong, never what the bytes were (they may be personal data).
 */
public final class TlvFormatException extends Exception {
    private final int offset;

    TlvFormatException(String problem, int offset) {
        super(problem + " at byte " + offset);
        this.offset = offset;
    }

    /** Where in the input the problem was found. */
    public int offset() {
        return offset;
    }
}
