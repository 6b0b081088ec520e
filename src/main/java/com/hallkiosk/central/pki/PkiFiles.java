package com.hallkiosk.central.pki;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where the central's certificates are: the CA in PEM (for anyone who wants to trust it), the server's
 * and each kiosk's key and certificate chain as PKCS#12, and a PKCS#12 trust store holding the CA alone.
 * Every keystore has the same password, kept beside them in {@code keystore-password}.
 */
public record PkiFiles(Path directory, char[] password) {
    static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    public Path caCertificate() {
        return directory.resolve("ca.pem");
    }

    /** The CA's own key: what issues more kiosk certificates. Never leaves the central. */
    public Path caKeyStore() {
        return directory.resolve("ca.p12");
    }

    public Path serverKeyStore() {
        return directory.resolve("server.p12");
    }

    public Path trustStore() {
        return directory.resolve("truststore.p12");
    }

    public Path passwordFile() {
        return directory.resolve("keystore-password");
    }

    public Path kioskKeyStore(String kioskId) {
        if (!KIOSK_ID.matcher(kioskId).matches()) {
            throw new IllegalArgumentException("a kiosk id is 1 to 64 letters, digits and dashes: " + kioskId);
        }
        return directory.resolve("kiosk-" + kioskId + ".p12");
    }
}
