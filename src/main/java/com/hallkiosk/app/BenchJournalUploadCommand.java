package com.hallkiosk.app;

import com.hallkiosk.bench.JournalUploadBenchmark;
import com.hallkiosk.bench.Machine;
import com.hallkiosk.bench.ScratchDirectory;
import com.hallkiosk.central.client.CentralHttp;
import com.hallkiosk.central.http.CentralServer;
import com.hallkiosk.central.pages.PagesSettings;
import com.hallkiosk.central.pki.KioskTls;
import com.hallkiosk.central.pki.PkiFiles;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.journal.CentralJournal;
import com.hallkiosk.sync.signing.DemoSigningKey;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench journal-upload}: a kiosk outbox of N entries uploaded to an in-process central over mutual TLS. */
@Command(name = "journal-upload", mixinStandardHelpOptions = true,
        description = "A kiosk's journal outbox of N entries uploaded by the kiosk's uploader to a central on"
                + " loopback over mutual TLS: total time, entries/s, bytes per entry. On a new SQLite database,"
                + " and on PostgreSQL when --db names one.")
final class BenchJournalUploadCommand implements Callable<Integer> {
    /** The kiosk's batch size (DemoBackOffice's uploader). */
    private static final int KIOSK_BATCH = 100;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    @Option(names = "--entries", defaultValue = "10000", paramLabel = "N", description = "Entries in the outbox (default ${DEFAULT-VALUE}).")
    int entries;

    @Option(names = "--batch", defaultValue = "" + KIOSK_BATCH, paramLabel = "N", description = "Entries per upload (default ${DEFAULT-VALUE}, as the kiosk).")
    int batch;

    @Option(names = "--db", paramLabel = "URL", description = "A PostgreSQL database (postgresql://user:password@host:port/db) to run on as well.")
    String db;

    private final Wiring wiring;

    BenchJournalUploadCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws Exception {
        if (entries < 1 || batch < 1 || batch > com.hallkiosk.journal.UploadBatch.MAX_ENTRIES) {
            throw new UserError("--entries must be at least 1, --batch 1 to "
                    + com.hallkiosk.journal.UploadBatch.MAX_ENTRIES, ExitCodes.BAD_INPUT);
        }
        if (db != null && !db.startsWith("postgres")) {
            throw new UserError("--db is a postgresql:// URL", ExitCodes.BAD_INPUT);
        }
        try (ScratchDirectory scratch = ScratchDirectory.create("hallkiosk-bench-journal")) {
            return run(scratch.path());
        }
    }

    private int run(Path directory) throws Exception {
        PrintStream out = wiring.out();
        out.println("Journal upload benchmark: " + entries + " entries, batches of " + batch
                + ", kiosk outbox (SQLite, synchronous FULL) → mutual TLS on loopback → central");
        String kioskId = "bench-" + Long.toString(System.currentTimeMillis(), 36);
        PkiFiles pki = wiring.demoPki(directory.resolve("pki"), kioskId);
        List<String> databases = new ArrayList<>(List.of(directory.resolve("central.db").toString()));
        if (db != null) {
            databases.add(db);
        }
        List<String> rows = new ArrayList<>();
        for (String url : databases) {
            String name = url.startsWith("postgres") ? "PostgreSQL" : "SQLite";
            try (CentralDatabase database = wiring.openCentralDatabase(url);
                 CentralServer server = wiring.startCentral("127.0.0.1", 0, pki, database,
                         DemoSigningKey.pair().getPrivate(), new PagesSettings(Optional.empty(), ZoneId.of("Asia/Shanghai")))) {
                CentralHttp http = new CentralHttp(server.url(), KioskTls.context(pki, kioskId), CONNECT_TIMEOUT,
                        REQUEST_TIMEOUT);
                JournalUploadBenchmark.Figures f = new JournalUploadBenchmark(http,
                        new CentralJournal(database.dataSource(), wiring.clock()), directory.resolve(name), wiring.clock())
                        .run(kioskId, entries, batch);
                rows.add(String.format("| %s | %d | %d | %d | %.2f s | %.0f | %.0f | %.0f | %.2f s | %d |", name, f.entries(),
                        f.batchSize(), f.batches(), f.upload().toMillis() / 1000.0, f.entriesPerSecond(),
                        (double) f.requestBytes() / f.entries(), (double) f.receiptBytes() / f.entries(),
                        f.append().toMillis() / 1000.0, f.centralCount()));
            }
        }
        out.println();
        out.println("Machine: " + Machine.describe());
        out.println();
        out.println("| central database | entries | batch | uploads | upload time | entries/s | bytes/entry up | bytes/entry"
                + " down | outbox append (all) | in central |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(out::println);
        out.println();
        out.println("Bytes are HTTP bodies (batch JSON up, receipt JSON down), without HTTP headers and TLS records.");
        if (db == null) {
            out.println("PostgreSQL: skipped (no --db given).");
        }
        return ExitCodes.OK;
    }
}
