package com.hallkiosk.central.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPkiTest {
    @TempDir
    Path directory;

    @Test
    void theKioskCertificateNamesTheKioskAndIsSignedByTheCa() throws Exception {
        PkiFiles files = new DemoPki(directory, Clock.systemUTC()).ensure("demo-0001");
        X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(Files.newInputStream(files.caCertificate()));
        X509Certificate kiosk = (X509Certificate) load(files.kioskKeyStore("demo-0001"), files.password())
                .getCertificate("key");
        kiosk.verify(ca.getPublicKey());
        assertThat(kiosk.getSubjectX500Principal().getName()).startsWith("CN=demo-0001,");
        assertThat(kiosk.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        X509Certificate server = (X509Certificate) load(files.serverKeyStore(), files.password()).getCertificate("key");
        server.verify(ca.getPublicKey());
        assertThat(server.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))))
                .contains("localhost", "127.0.0.1");
    }

    @Test
    void aSecondRunKeepsTheCaAndAddsOnlyTheNewKiosk() throws Exception {
        DemoPki pki = new DemoPki(directory, Clock.systemUTC());
        PkiFiles first = pki.ensure("demo-0001");
        byte[] ca = Files.readAllBytes(first.caCertificate());
        byte[] kiosk = Files.readAllBytes(first.kioskKeyStore("demo-0001"));
        PkiFiles second = new DemoPki(directory, Clock.systemUTC()).ensure("demo-0002");
        assertThat(Files.readAllBytes(second.caCertificate())).isEqualTo(ca);
        assertThat(Files.readAllBytes(second.kioskKeyStore("demo-0001"))).isEqualTo(kiosk);
        assertThat(second.kioskKeyStore("demo-0002")).exists();
        try (var leftovers = Files.list(directory)) {
            assertThat(leftovers.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".partial"));
        }
    }

    @Test
    void aKioskIdThatCouldEscapeTheFileNameIsRefused() {
        assertThatThrownBy(() -> new DemoPki(directory, Clock.systemUTC()).ensure("../x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static KeyStore load(Path file, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }
}
