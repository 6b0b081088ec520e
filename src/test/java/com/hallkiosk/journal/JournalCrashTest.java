package com.hallkiosk.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * Kill -9 of either side, at random moments, loses nothing and duplicates nothing. The kiosk and the
 * central run as separate JVMs, killed with {@link Process#destroyForcibly()} (SIGKILL on Linux). The
 * number of kills is {@code -Djournal.crash.trials=N} (default 20 each; the 100 with N=100).
 */
class JournalCrashTest {
    private static final int TRIALS = Integer.getInteger("journal.crash.trials", 20);
    private static final String KIOSK = "demo-0001";
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path directory;

    private static ProcessBuilder java(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    }

    @Test
    void killingTheKioskWhileItJournalsAndUploadsLosesAndDuplicatesNothing() throws Exception {
        Path outboxFile = directory.resolve("outbox.db");
        Path centralFile = directory.resolve("central.db");
        JournalFixtures.centralDatabase(centralFile);
        SplittableRandom random = new SplittableRandom(20261122);
        int next = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Process kiosk = java(KioskJournalProcess.class, outboxFile.toString(), centralFile.toString(), KIOSK,
                    Integer.toString(next), "400").start();
            awaitReady(kiosk);
            Thread.sleep(random.nextInt(20, 300));
            kiosk.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            next = journaledSoFar(outboxFile, centralFile);
        }
        assertThat(next).as("the kiosk got some work done between kills").isGreaterThan(TRIALS);
        try (JournalOutbox outbox = JournalOutbox.open(outboxFile);
             JournalUploader uploader = new JournalUploader(outbox, batch -> new CentralJournal(
                     JournalFixtures.centralDatabase(centralFile), Clock.systemUTC()).receive(KIOSK, batch), 50,
                     Duration.ofSeconds(1), Duration.ofSeconds(1), Clock.systemUTC(), new SplittableRandom(1))) {
            assertThat(uploader.uploadPending()).isTrue();
        }
        assertThat(centralIds(centralFile)).containsExactlyElementsOf(ids(0, next));
        assertThat(integrity(outboxFile)).isEqualTo("ok");
        assertThat(integrity(centralFile)).isEqualTo("ok");
    }

    @Test
    void killingTheCentralWhileItStoresLosesAndDuplicatesNothing() throws Exception {
        Path centralFile = directory.resolve("central.db");
        JournalFixtures.centralDatabase(centralFile);
        SplittableRandom random = new SplittableRandom(7);
        int total = 400;
        try (JournalOutbox outbox = JournalOutbox.open(directory.resolve("outbox.db"));
             PipeToCentral pipe = new PipeToCentral(centralFile)) {
            JournalUploader uploader = new JournalUploader(outbox, pipe, 10, Duration.ofSeconds(1), Duration.ofSeconds(1),
                    Clock.systemUTC(), new SplittableRandom(1));
            JournalFixtures.entries(KIOSK, 0, total).forEach(outbox::append);
            int kills = 0;
            while (kills < TRIALS) {
                CompletableFuture<Boolean> round = CompletableFuture.supplyAsync(uploader::uploadPending);
                Thread.sleep(random.nextInt(5, 60));
                if (pipe.kill()) {
                    kills++;
                }
                round.get(60, TimeUnit.SECONDS);
                if (outbox.pending() == 0) {
                    JournalFixtures.entries(KIOSK, total, 100).forEach(outbox::append);
                    total += 100;
                }
            }
            for (int attempt = 0; attempt < 20 && outbox.pending() > 0; attempt++) {
                uploader.uploadPending();
            }
            assertThat(outbox.pending()).isZero();
            uploader.close();
        }
        assertThat(centralIds(centralFile)).containsExactlyElementsOf(ids(0, total));
        assertThat(integrity(centralFile)).isEqualTo("ok");
    }

    /** The number of entries the kiosk journaled: 0 to n - 1 are each in the outbox or the central, n is in neither. */
    private static int journaledSoFar(Path outboxFile, Path centralFile) throws Exception {
        Set<String> present = new HashSet<>(centralIds(centralFile));
        try (JournalOutbox outbox = JournalOutbox.open(outboxFile)) {
            outbox.oldest(100_000).forEach(entry -> present.add(entry.entryId()));
        }
        int n = 0;
        while (present.contains(JournalFixtures.entry(KIOSK, n).entryId())) {
            n++;
        }
        assertThat(present).as("no gap: every entry journaled before the last one is kept").hasSize(n);
        return n;
    }

    private static List<String> ids(int from, int count) {
        return JournalFixtures.entries(KIOSK, from, count).stream().map(JournalEntry::entryId).toList();
    }

    private static List<String> centralIds(Path centralFile) {
        return new CentralJournal(JournalFixtures.centralDatabase(centralFile), Clock.systemUTC()).entryIds(KIOSK);
    }

    private static String integrity(Path file) throws Exception {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA integrity_check")) {
            row.next();
            return row.getString(1);
        }
    }

    private static void awaitReady(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the child process started").isEqualTo("ready");
    }

    /**
     * A channel to a central journal process over its standard input and output: the "network". A
     * killed central is started again on the next upload; an answer that does not come is a failed upload.
     */
    private static final class PipeToCentral implements JournalChannel, AutoCloseable {
        private final Path centralFile;
        private final JournalCodec codec = new JournalCodec();
        private Process process;
        private Writer in;
        private BufferedReader out;

        PipeToCentral(Path centralFile) {
            this.centralFile = centralFile;
        }

        @Override
        public synchronized UploadReceipt upload(UploadBatch batch) throws JournalUploadException {
            try {
                if (process == null || !process.isAlive()) {
                    process = java(CentralJournalProcess.class, centralFile.toString()).start();
                    in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
                    out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                    awaitLine("ready");
                }
                in.write(codec.batch(batch) + "\n");
                in.flush();
                return codec.receipt(awaitLine(null));
            } catch (IOException | RuntimeException e) {
                throw new JournalUploadException("the central went away: " + e.getMessage(), e);
            }
        }

        private String awaitLine(String expected) throws IOException {
            BufferedReader reader = out;
            CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
                try {
                    return reader.readLine();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try {
                String answer = line.get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                if (answer == null || (expected != null && !expected.equals(answer))) {
                    throw new IOException("the central closed the line");
                }
                return answer;
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("no answer from the central", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        /** Kills the central process if it runs; true when it did. Not synchronized: it lands mid-upload. */
        boolean kill() throws InterruptedException {
            Process running = process;
            if (running == null || !running.isAlive()) {
                return false;
            }
            running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return true;
        }

        @Override
        public synchronized void close() {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }
}
