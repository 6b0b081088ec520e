package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.central.client.CentralHttp;
import com.hallkiosk.central.pki.KioskTls;
import com.hallkiosk.central.pki.PkiFiles;
import com.hallkiosk.central.testing.PostgresCluster;
import com.hallkiosk.central.testing.TestDatabases;
import com.hallkiosk.journal.JournalCodec;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.journal.MaskedPerson;
import com.hallkiosk.journal.PersonKeys;
import com.hallkiosk.journal.UploadBatch;
import com.hallkiosk.journal.UploadReceipt;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code central} processes started from the jar, each its own JVM and connection pool, over one
 * PostgreSQL database, as behind a load balancer: a kiosk switches between them and every answer holds
 * what the other process wrote — a batch stored through one is already stored through the other, a
 * catalog change published while both run is served by both, and one can die without the kiosk losing
 * its service.
 */
class TwoCentralProcessesIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern URL = Pattern.compile("central server: (https://\\S+)");

    @TempDir
    Path directory;

    @Test
    void aKioskSwitchesBetweenTwoCentralProcessesOnOnePostgresDatabase() throws Exception {
        Optional<Path> binaries = PostgresCluster.binaries();
        Assumptions.assumeTrue(binaries.isPresent() || TestDatabases.postgresRequired(), "PostgreSQL is not installed");
        try (PostgresCluster postgres = PostgresCluster.start(binaries.orElseThrow())) {
            String database = postgres.createDatabase("two_centrals");
            List<Process> centrals = new ArrayList<>();
            try {
                Process first = central(database);
                centrals.add(first);
                URI a = urlOf(first);
                Process second = central(database);
                centrals.add(second);
                URI b = urlOf(second);
                assertThat(a).isNotEqualTo(b);

                PkiFiles pki = new PkiFiles(directory.resolve("pki"),
                        Files.readString(directory.resolve("pki/keystore-password")).strip().toCharArray());
                CentralHttp viaA = new CentralHttp(a, KioskTls.context(pki, "demo-0001"), TIMEOUT, TIMEOUT);
                CentralHttp viaB = new CentralHttp(b, KioskTls.context(pki, "demo-0001"), TIMEOUT, TIMEOUT);

                JournalCodec codec = new JournalCodec();
                UploadBatch batch = UploadBatch.of(entries(5));
                UploadReceipt throughA = codec.receipt(body(viaA.post("/v1/journal", "application/json",
                        codec.batch(batch).getBytes(StandardCharsets.UTF_8))));
                UploadReceipt againThroughB = codec.receipt(body(viaB.post("/v1/journal", "application/json",
                        codec.batch(batch).getBytes(StandardCharsets.UTF_8))));
                assertThat(throughA.stored()).isEqualTo(5);
                assertThat(againThroughB.stored()).as("B sees what A stored").isZero();
                assertThat(againThroughB.alreadyStored()).isEqualTo(5);

                String etagA = viaA.get("/v1/catalog/fushun/changes?since=0", Map.of()).header("ETag").orElseThrow();
                Path change = Files.writeString(directory.resolve("change.json"),
                        "{\"deletes\": [{\"kind\": \"item\", \"key\": \"fushun-38\"}]}");
                CommandRun published = CommandRun.of("catalog", "publish", "--db", database, "--change", change.toString());
                assertThat(published.exitCode()).as(published.err()).isZero();
                CentralHttp.Answer fromB = viaB.get("/v1/catalog/fushun/changes?since=0", Map.of());
                assertThat(fromB.status()).isEqualTo(200);
                assertThat(fromB.header("ETag")).as("B serves the version published while it ran").isPresent()
                        .isNotEqualTo(Optional.of(etagA));
                assertThat(viaA.get("/v1/catalog/fushun/changes?since=0", Map.of()).header("ETag"))
                        .isEqualTo(fromB.header("ETag"));

                first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                assertThat(viaB.get("/v1/ping", Map.of()).status()).as("the other process carries on").isEqualTo(200);
            } finally {
                for (Process central : centrals) {
                    central.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    private Process central(String database) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("hallkiosk.jar"), "central", "--port", "0", "--db", database,
                "--pki", directory.resolve("pki").toString(), "--signing-key", directory.resolve("catalog.key").toString(),
                "--population", "50");
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The URL the process prints once it serves; it prints the seeding lines first. */
    private static URI urlOf(Process central) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(central.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<URI> url = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Matcher matcher = URL.matcher(line);
                    if (matcher.find()) {
                        return URI.create(matcher.group(1));
                    }
                }
                throw new IllegalStateException("the central ended without serving");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        URI served = url.get(120, TimeUnit.SECONDS);
        // Keep reading, so that the process never blocks on a full pipe.
        CompletableFuture.runAsync(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (java.io.IOException ended) {
                // the process is gone
            }
        });
        return served;
    }

    private static String body(CentralHttp.Answer answer) {
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        assertThat(answer.status()).as(body).isEqualTo(200);
        return body;
    }

    private static List<JournalEntry> entries(int count) {
        MaskedPerson person = new PersonKeys("test-only-person-key-0001".getBytes(StandardCharsets.UTF_8))
                .mask("210302197905140236", "张三");
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new JournalEntry(UUID.randomUUID().toString(), "demo-0001", Instant.now(), "fushun-38",
                    "checklist", JournalEntry.Outcome.SUCCEEDED, person, "", "two centrals " + i));
        }
        return entries;
    }
}
