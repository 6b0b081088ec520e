package com.hallkiosk.app;

import com.hallkiosk.bench.Machine;
import com.hallkiosk.bench.ScratchDirectory;
import com.hallkiosk.bench.SyncPollsBenchmark;
import com.hallkiosk.central.http.CentralServer;
import com.hallkiosk.central.pages.PagesSettings;
import com.hallkiosk.central.pki.PkiFiles;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.sync.central.CentralCatalog;
import com.hallkiosk.sync.signing.DemoSigningKey;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench sync-polls}: polls with no change per second through nginx to a central on loopback. */
@Command(name = "sync-polls", mixinStandardHelpOptions = true,
        description = "Catalog polls with no change (304) per second, p50/p90/p99 and response bytes: wrk → nginx"
                + " (TLS with a kiosk certificate) → a central on loopback with the curated catalog, beside wrk"
                + " → nginx answering a static 304. Needs wrk and nginx (Debian packages wrk, nginx).")
final class BenchSyncPollsCommand implements Callable<Integer> {
    private static final String KIOSK = "bench-0001";

    @Option(names = "--region", defaultValue = "haicheng", description = "Region polled (default ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--connections", defaultValue = "64", paramLabel = "N", description = "wrk connections (default ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "wrk threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--seconds", defaultValue = "20", paramLabel = "S", description = "Length of each measured run (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warm-up", defaultValue = "10", paramLabel = "S", description = "Warm-up before measuring (default ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--proxy-workers", defaultValue = "1", paramLabel = "N", description = "nginx worker processes (default ${DEFAULT-VALUE}).")
    int proxyWorkers;

    @Option(names = "--db", paramLabel = "URL", description = "The central's database (default: a new SQLite file in a temporary directory).")
    String db;

    private final Wiring wiring;

    BenchSyncPollsCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws Exception {
        if (connections < 1 || threads < 1 || seconds < 1 || warmUp < 0 || proxyWorkers < 1 || threads > connections) {
            throw new UserError("--connections, --threads, --seconds and --proxy-workers must be at least 1, --threads"
                    + " at most --connections", ExitCodes.BAD_INPUT);
        }
        try (ScratchDirectory scratch = ScratchDirectory.create("hallkiosk-bench-polls")) {
            return run(scratch.path());
        }
    }

    private int run(Path directory) throws Exception {
        PrintStream out = wiring.out();
        PkiFiles pki = wiring.demoPki(directory.resolve("pki"), KIOSK);
        try (CentralDatabase database = wiring.openCentralDatabase(db == null ? directory.resolve("central.db").toString() : db)) {
            wiring.seedCentral(database, 0);
            CentralCatalog catalog = wiring.centralCatalog(database);
            if (!catalog.hasRegion(region)) {
                throw new UserError("the central has no region " + region, ExitCodes.BAD_INPUT);
            }
            long version = catalog.regionVersion(region);
            String path = "/v1/catalog/" + region + "/changes?since=" + version;
            String etag = "\"" + region + "@" + version + "\"";
            SyncPollsBenchmark.Figures f;
            try (CentralServer server = wiring.startCentral("127.0.0.1", 0, pki, database, DemoSigningKey.pair().getPrivate(),
                    new PagesSettings(Optional.empty(), ZoneId.of("Asia/Shanghai")))) {
                out.println("Sync polls benchmark: " + path + ", wrk -t" + threads + " -c" + connections + ", " + seconds
                        + " s per run after " + warmUp + " s of warm-up, nginx with " + proxyWorkers + " worker(s)");
                f = new SyncPollsBenchmark(directory, pki, KIOSK).run(server.port(), path, etag,
                        new SyncPollsBenchmark.Load(threads, connections, Duration.ofSeconds(warmUp),
                                Duration.ofSeconds(seconds), proxyWorkers));
            }
            out.println();
            out.println("Machine: " + Machine.describe() + "; central database: " + (db == null ? "SQLite" : "PostgreSQL"));
            out.println();
            out.println("| path | requests | polls/s | p50 | p90 | p99 | errors | central CPU | nginx CPU | wrk CPU |");
            out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (SyncPollsBenchmark.Run run : new SyncPollsBenchmark.Run[] {f.throughProxy(), f.staticProxy()}) {
                double wall = run.elapsed().toMillis() / 1000.0;
                out.printf("| %s | %d | %.0f | %.2f ms | %.2f ms | %.2f ms | %d | %.0f%% | %.0f%% | %.0f%% |%n", run.target(),
                        run.wrk().requests(), run.wrk().requestsPerSecond(), run.wrk().p50Millis(), run.wrk().p90Millis(),
                        run.wrk().p99Millis(), run.wrk().badResponses() + run.wrk().socketErrors(),
                        percent(run.centralCpu(), wall), percent(run.proxyCpu(), wall), percent(run.wrk().wrkCpu(), wall));
            }
            out.println();
            out.println("CPU is per cent of one core over the run (200% = both cores). Central CPU of the static run"
                    + " is the idle JVM.");
            out.println();
            out.println("Response bytes (status line, headers, blank line, body):");
            out.println("- the central's 304 as it leaves the central (inside TLS): " + f.directBytes() + " bytes");
            out.println("- the same poll through nginx, as wrk receives it: " + f.proxiedBytes() + " bytes");
            out.println();
            out.println("The central's response:");
            out.println("```");
            out.print(f.directResponse().replace("\r\n", "\n"));
            out.println("```");
        }
        return ExitCodes.OK;
    }

    private static double percent(Duration cpu, double wallSeconds) {
        return cpu.toMillis() / 10.0 / wallSeconds;
    }
}
