package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.central.http.CentralClient;
import com.hallkiosk.central.http.CentralServer;
import com.hallkiosk.central.pages.PagesSettings;
import com.hallkiosk.central.pki.KioskTls;
import com.hallkiosk.central.pki.PkiFiles;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.sync.signing.DemoSigningKey;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's {@code catalog publish} and the technician's {@code catalog sync} against a central
 * started as the {@code central} command starts it: seeded on first run, signing with the demo key
 * whose public half ships in kiosk-config.
 */
class CatalogPublishAndSyncCommandTest {
    @TempDir
    Path directory;
    private CentralDatabase database;
    private CentralServer server;
    private Path config;

    @BeforeEach
    void startCentral() throws Exception {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Wiring wiring = new Wiring(quiet, quiet, Clock.systemUTC());
        PkiFiles pki = wiring.demoPki(directory.resolve("pki"), "demo-0001");
        database = wiring.openCentralDatabase(directory.resolve("central.db").toString());
        assertThat(wiring.seedCentral(database, 0)).containsExactly("imported the curated catalog as version 1");
        assertThat(wiring.seedCentral(database, 0)).as("a second start imports nothing").isEmpty();
        server = wiring.startCentral("127.0.0.1", 0, pki, database, DemoSigningKey.pair().getPrivate(),
                PagesSettings.load(Wiring.DEMO_PAGES_CONFIG));
        config = Files.createDirectories(directory.resolve("kiosk-config"));
        Files.copy(Path.of("kiosk-config/kiosk.properties"), config.resolve("kiosk.properties"));
        Files.copy(Path.of("kiosk-config/catalog-signing.pub"), config.resolve("catalog-signing.pub"));
        Files.writeString(config.resolve("central.properties"), String.join("\n", List.of(
                "central.url=" + server.url(), "central.pki=../pki", "catalog.signing.key=catalog-signing.pub")));
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    private CommandRun sync() {
        return CommandRun.of("catalog", "sync", "--config", config.toString(), "--db", directory.resolve("kiosk.db").toString());
    }

    private CommandRun publish(String json) throws Exception {
        Path change = Files.writeString(directory.resolve("change.json"), json);
        return CommandRun.of("catalog", "publish", "--db", directory.resolve("central.db").toString(), "--change",
                change.toString());
    }

    @Test
    void aKioskSyncsAPublishedDeleteAndIsThenUpToDate() throws Exception {
        CommandRun first = sync();
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("applied a snapshot: version 0 → 1").contains("catalog of anshan-tiedong: version 1");

        CommandRun published = publish("{\"deletes\": [{\"kind\": \"item\", \"key\": \"anshan-tiedong-29\"}]}");
        assertThat(published.exitCode()).as(published.err()).isZero();
        assertThat(published.out()).contains("published 0 upserts and 1 deletes as catalog version 2");

        assertThat(sync().out()).contains("applied the changes: version 1 → 2, 0 rows added or replaced, 1 deleted");
        assertThat(sync().out()).contains("up to date at version 2");
    }

    @Test
    void aChangeThatNamesNothingOrIsNotJsonIsRefusedAndPublishesNothing() throws Exception {
        CommandRun missing = publish("{\"deletes\": [{\"kind\": \"item\", \"key\": \"no-such-item\"}]}");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(missing.err()).contains("not published: cannot delete item no-such-item: there is no such row");
        CommandRun broken = publish("{\"deletes\": [");
        assertThat(broken.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(broken.err()).contains("not a catalog change");
        assertThat(sync().out()).contains("version 0 → 1");
    }

    @Test
    void aSignedInOperatorPublishesThroughTheApiAndAKioskCertificateIsNotEnough() throws Exception {
        PkiFiles pki = new PkiFiles(directory.resolve("pki"), Files.readString(directory.resolve("pki/keystore-password"))
                .strip().toCharArray());
        HttpClient browser = HttpClient.newBuilder()
                .sslContext(CentralClient.withoutCertificate(pki.trustStore(), pki.password()))
                .connectTimeout(Duration.ofSeconds(5)).build();
        String form = "name=operator&password=" + URLEncoder.encode(
                Files.readString(directory.resolve("pki/operator-password")).strip(), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(server.url().resolve("/operator/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String change = "{\"deletes\": [{\"kind\": \"item\", \"key\": \"anshan-tiedong-29\"}]}";

        HttpResponse<String> published = browser.send(HttpRequest.newBuilder(server.url().resolve("/v1/catalog/publish"))
                .header("Cookie", cookie).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(change)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(published.body()).isEqualTo("{\"version\":2,\"upserts\":0,\"deletes\":1}");

        HttpResponse<String> again = browser.send(HttpRequest.newBuilder(server.url().resolve("/v1/catalog/publish"))
                .header("Cookie", cookie).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(change)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as("the row is already deleted").isEqualTo(409);

        HttpClient kiosk = HttpClient.newBuilder().sslContext(KioskTls.context(pki, "demo-0001")).build();
        HttpResponse<String> byKiosk = kiosk.send(HttpRequest.newBuilder(server.url().resolve("/v1/catalog/publish"))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(change)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(byKiosk.statusCode()).as("a kiosk is no operator").isNotEqualTo(200);
        assertThat(sync().out()).contains("version 0 → 2");
    }

    @Test
    void withTheCentralDownTheSyncSaysSoAndKeepsTheCatalog() {
        assertThat(sync().exitCode()).isZero();
        server.close();
        CommandRun down = sync();
        assertThat(down.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(down.out()).contains("not synced (SOURCE_UNAVAILABLE)").contains("the kiosk keeps its catalog")
                .contains("catalog of anshan-tiedong: version 1");
    }
}
