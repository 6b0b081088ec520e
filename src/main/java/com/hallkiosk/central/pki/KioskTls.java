package com.hallkiosk.central.pki;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The kiosk's side of mutual TLS: an {@link SSLContext} that presents the kiosk's certificate and trusts
 * only the central's CA (never the JDK's public CAs: the central is reached through our own CA alone).
 */
public final class KioskTls {
    private KioskTls() {
    }

    public static SSLContext context(Path kioskKeyStore, Path trustStore, char[] password) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(kioskKeyStore, password), password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(trustStore, password));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("cannot read the kiosk's credentials " + kioskKeyStore + " and " + trustStore, e);
        }
    }

    /** The context of kiosk {@code kioskId} from the files of a {@link DemoPki}. */
    public static SSLContext context(PkiFiles files, String kioskId) {
        return context(files.kioskKeyStore(kioskId), files.trustStore(), files.password());
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }
}
