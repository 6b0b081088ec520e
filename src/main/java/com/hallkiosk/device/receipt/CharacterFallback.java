package com.hallkiosk.device.receipt;

/**
 * A character the printer's font does not have, and what the receipt shows instead: the same sign at
 * another code (¥ as the full-width ￥), the character drawn as a picture with the kiosk's font, or
 * {@link #REPLACEMENT} when the kiosk's font lacks it too.
 */
public record CharacterFallback(int codePoint, Kind kind) {
    /** 〓 (GB2312 A1FE), the sign Chinese typesetting uses for a character that cannot be set. */
    public static final int REPLACEMENT = 0x3013;

    /** What was printed instead. */
    public enum Kind {
        EQUIVALENT, RASTERISED, REPLACED
    }

    /** E.g. {@code 䶮 U+4DAE rasterised}. */
    public String describe() {
        return new String(Character.toChars(codePoint)) + " U+" + String.format("%04X", codePoint) + " " + switch (kind) {
            case EQUIVALENT -> "printed as its equivalent";
            case RASTERISED -> "printed as a picture";
            case REPLACED -> "replaced with 〓";
        };
    }
}
