package com.hallkiosk.central.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.central.lastseen.LastSeenRoutes;
import com.hallkiosk.central.ping.PingRoutes;
import com.hallkiosk.central.pki.DemoPki;
import com.hallkiosk.central.pki.KioskTls;
import com.hallkiosk.central.pki.PkiFiles;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.central.store.SqliteCentralDatabase;
import com.hallkiosk.central.pages.JournalIssuedCertificates;
import com.hallkiosk.central.pages.VerifyPage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CentralServerTest {
    private Path directory;
    private PkiFiles pki;
    private CentralDatabase database;
    private CentralServer server;

    @BeforeAll
    void start(@TempDir Path directory) {
        this.directory = directory;
        pki = new DemoPki(directory.resolve("pki"), Clock.systemUTC()).ensure("demo-0001");
        database = SqliteCentralDatabase.open(directory.resolve("central.db"));
        Routes routes = new Routes()
                .add(new PingRoutes("central-test"))
                .add(new LastSeenRoutes(database.dataSource(), Clock.systemUTC(), "central-test"))
                .add(new VerifyPage(java.util.Optional.empty(), new JournalIssuedCertificates(database.dataSource()),
                        java.time.ZoneOffset.UTC));
        server = CentralServer.start(ServerSettings.of("127.0.0.1", 0, pki.serverKeyStore(), pki.trustStore(),
                pki.password()), routes);
    }

    @AfterAll
    void stop() {
        server.close();
        database.close();
    }

    @Test
    void aKioskWithItsCertificateIsAnsweredAndNamedByIt() throws Exception {
        HttpResponse<String> pong = new CentralClient(KioskTls.context(pki, "demo-0001")).get(server.url(), "/v1/ping");
        assertThat(pong.statusCode()).isEqualTo(200);
        assertThat(pong.body()).contains("\"kioskId\":\"demo-0001\"").contains("\"server\":\"central-test\"");
        assertThat(pong.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void withoutAClientCertificateTheApiIsRefusedAndRevealsNothing() throws Exception {
        CentralClient browser = new CentralClient(CentralClient.withoutCertificate(pki.trustStore(), pki.password()));
        HttpResponse<String> ping = browser.get(server.url(), "/v1/ping");
        assertThat(ping.statusCode()).isEqualTo(401);
        assertThat(ping.body()).doesNotContain("demo-0001");
        assertThat(browser.get(server.url(), "/v1/no-such-thing").statusCode())
                .as("unknown paths look the same as known ones").isEqualTo(401);
        assertThat(browser.post(server.url(), "/v1/last-seen", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void aCertificateFromAnotherCaIsRefused() throws Exception {
        PkiFiles other = new DemoPki(directory.resolve("other-pki"), Clock.systemUTC()).ensure("demo-0001");
        Integer status;
        try {
            status = new CentralClient(impostorContext(other)).get(server.url(), "/v1/ping").statusCode();
        } catch (IOException refusedByTls) {
            status = null;
        }
        assertThat(status).as("the TLS layer refuses a certificate it cannot verify: no HTTP status at all").isNull();
    }

    @Test
    void theVerificationPageIsPublic() throws Exception {
        CentralClient browser = new CentralClient(CentralClient.withoutCertificate(pki.trustStore(), pki.password()));
        HttpResponse<String> page = browser.get(server.url(), "/verify/x");
        assertThat(page.statusCode()).as("a malformed number gets a page, not a refusal").isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("证明核验");
    }

    @Test
    void aKnownPathWithTheWrongMethodIs405AndAnUnknownOne404ForAKiosk() throws Exception {
        CentralClient kiosk = new CentralClient(KioskTls.context(pki, "demo-0001"));
        assertThat(kiosk.post(server.url(), "/v1/ping", "{}").statusCode()).isEqualTo(405);
        assertThat(kiosk.get(server.url(), "/v1/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void lastSeenIsRecordedForTheKioskOfTheCertificate() throws Exception {
        CentralClient kiosk = new CentralClient(KioskTls.context(pki, "demo-0001"));
        assertThat(kiosk.post(server.url(), "/v1/last-seen", "").statusCode()).isEqualTo(200);
        HttpResponse<String> seen = kiosk.get(server.url(), "/v1/last-seen/demo-0001");
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).contains("\"kioskId\":\"demo-0001\"").contains("\"seenBy\":\"central-test\"");
        assertThat(kiosk.get(server.url(), "/v1/last-seen/demo-9999").statusCode()).isEqualTo(404);
    }

    /**
     * The other CA's kiosk key and certificate, presented whatever CAs the server asks for (the JDK would
     * otherwise keep it back and send none), trusting the real central's CA for the server: so the
     * refusal is about the certificate itself.
     */
    private javax.net.ssl.SSLContext impostorContext(PkiFiles other) throws Exception {
        java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(other.kioskKeyStore("demo-0001"))) {
            keys.load(in, other.password());
        }
        javax.net.ssl.KeyManagerFactory keyManagers = javax.net.ssl.KeyManagerFactory.getInstance(
                javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, other.password());
        java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
        try (var in = java.nio.file.Files.newInputStream(pki.trustStore())) {
            trust.load(in, pki.password());
        }
        javax.net.ssl.TrustManagerFactory trustManagers = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        javax.net.ssl.X509ExtendedKeyManager real = (javax.net.ssl.X509ExtendedKeyManager) keyManagers.getKeyManagers()[0];
        javax.net.ssl.X509ExtendedKeyManager alwaysPresent = new javax.net.ssl.X509ExtendedKeyManager() {
            @Override
            public String chooseClientAlias(String[] keyType, java.security.Principal[] issuers, java.net.Socket socket) {
                return "key";
            }

            @Override
            public String chooseEngineClientAlias(String[] keyType, java.security.Principal[] issuers,
                    javax.net.ssl.SSLEngine engine) {
                return "key";
            }

            @Override
            public String[] getClientAliases(String keyType, java.security.Principal[] issuers) {
                return new String[] {"key"};
            }

            @Override
            public String[] getServerAliases(String keyType, java.security.Principal[] issuers) {
                return null;
            }

            @Override
            public String chooseServerAlias(String keyType, java.security.Principal[] issuers, java.net.Socket socket) {
                return null;
            }

            @Override
            public java.security.cert.X509Certificate[] getCertificateChain(String alias) {
                return real.getCertificateChain(alias);
            }

            @Override
            public java.security.PrivateKey getPrivateKey(String alias) {
                return real.getPrivateKey(alias);
            }
        };
        context.init(new javax.net.ssl.KeyManager[] {alwaysPresent}, trustManagers.getTrustManagers(), null);
        return context;
    }
}
