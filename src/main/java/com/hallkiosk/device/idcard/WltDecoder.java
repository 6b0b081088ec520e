package com.hallkiosk.device.idcard;

import java.util.Optional;

/**
 * Turns the card's 1024 WLT-compressed photo bytes into a picture: a 102 × 126, 24-bit BMP
 * (protocols §1.11). WLT is a licensed codec shipped with readers (libwlt.so, WltRS.dll); an
 * implementation wraps one, and tests put a picture of their own behind this port.
 */
public interface WltDecoder {
    /** The photo as a BMP file, or empty when this decoder cannot decode. */
    Optional<byte[]> toBmp(byte[] wlt);

    /** What this decoder is, for the technician's screen. */
    String description();
}
