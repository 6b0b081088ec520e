package com.hallkiosk.bench;

import com.hallkiosk.central.pki.PkiFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Collections;

/**
 * A kiosk's client certificate, key and the central's CA as PEM files, for a proxy that is not Java
 * (nginx) to present the kiosk's identity to the central.
 */
public record KioskPem(Path certificateChain, Path privateKey, Path caCertificates) {

    public static KioskPem export(PkiFiles pki, String kioskId, Path directory) throws IOException {
        try {
            KeyStore kiosk = load(pki.kioskKeyStore(kioskId), pki.password());
            String alias = Collections.list(kiosk.aliases()).stream().filter(name -> isKey(kiosk, name)).findFirst()
                    .orElseThrow(() -> new IOException("no key in " + pki.kioskKeyStore(kioskId)));
            StringBuilder chain = new StringBuilder();
            for (Certificate certificate : kiosk.getCertificateChain(alias)) {
                chain.append(pem("CERTIFICATE", certificate.getEncoded()));
            }
            Key key = kiosk.getKey(alias, pki.password());
            KeyStore trust = load(pki.trustStore(), pki.password());
            StringBuilder cas = new StringBuilder();
            for (String name : Collections.list(trust.aliases())) {
                Certificate certificate = trust.getCertificate(name);
                if (certificate != null) {
                    cas.append(pem("CERTIFICATE", certificate.getEncoded()));
                }
            }
            Files.createDirectories(directory);
            KioskPem files = new KioskPem(directory.resolve("kiosk-chain.pem"), directory.resolve("kiosk-key.pem"),
                    directory.resolve("ca.pem"));
            Files.writeString(files.certificateChain(), chain, StandardCharsets.US_ASCII);
            Files.writeString(files.privateKey(), pem("PRIVATE KEY", key.getEncoded()), StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(files.privateKey(), PosixFilePermissions.fromString("rw-------"));
            Files.writeString(files.caCertificates(), cas, StandardCharsets.US_ASCII);
            return files;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the kiosk's credentials of " + kioskId + ": " + e.getMessage(), e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
