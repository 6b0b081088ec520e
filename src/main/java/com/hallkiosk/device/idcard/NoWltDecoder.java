package com.hallkiosk.device.idcard;

import java.util.Optional;

/**
 * The decoder to use while no licensed WLT codec is installed: it decodes nothing and says so, and
 * screens show a placeholder instead of the photo.
 */
public final class NoWltDecoder implements WltDecoder {
    @Override
    public Optional<byte[]> toBmp(byte[] wlt) {
        return Optional.empty();
    }

    @Override
    public String description() {
        return "no WLT photo decoder installed (the vendor's licensed codec, e.g. libwlt.so, is needed)";
    }
}
