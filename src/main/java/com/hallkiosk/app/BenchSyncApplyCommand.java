package com.hallkiosk.app;

import com.hallkiosk.bench.Machine;
import com.hallkiosk.bench.ScratchDirectory;
import com.hallkiosk.bench.SyncApplyBenchmark;
import com.hallkiosk.bench.SyntheticCatalog;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.sync.signing.DemoSigningKey;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench sync-apply}: one changed item out of N beside a full snapshot, bytes and the kiosk's apply time. */
@Command(name = "sync-apply", mixinStandardHelpOptions = true,
        description = "Payload bytes and kiosk apply time of one changed item out of a generated region, beside a"
                + " full snapshot of the same region: central publish → feed → signed payload → kiosk verify →"
                + " apply into a SQLite file. Medians of several runs, each on a new kiosk database.")
final class BenchSyncApplyCommand implements Callable<Integer> {
    private static final long GENERATOR_SEED = 20261122L;

    @Option(names = "--items", defaultValue = "10000", paramLabel = "N", description = "Items in the generated region (default ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--runs", defaultValue = "7", paramLabel = "N", description = "Runs; medians are reported (default ${DEFAULT-VALUE}).")
    int runs;

    private final Wiring wiring;

    BenchSyncApplyCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws Exception {
        if (items < 1 || runs < 1) {
            throw new UserError("--items and --runs must be at least 1", ExitCodes.BAD_INPUT);
        }
        try (ScratchDirectory scratch = ScratchDirectory.create("hallkiosk-bench-apply")) {
            return run(scratch.path());
        }
    }

    private int run(Path directory) throws Exception {
        Catalog seeds = wiring.curatedCatalog(null);
        PrintStream out = wiring.out();
        out.println("Sync apply benchmark: a generated region of " + items + " items, " + runs
                + " runs (each a new kiosk database: snapshot, then one changed item)");
        SyncApplyBenchmark.Figures f;
        try (CentralDatabase database = wiring.openCentralDatabase(directory.resolve("central.db").toString())) {
            f = new SyncApplyBenchmark(database, DemoSigningKey.pair(), directory, wiring.clock())
                    .run(seeds, SyntheticCatalog.generate(seeds, items, GENERATOR_SEED), runs);
        }
        SyncApplyBenchmark.Run first = f.runs().get(0);
        out.println();
        out.println("Machine: " + Machine.describe());
        out.println();
        out.println("| payload | rows | payload bytes | central feed (median) | kiosk verify + apply (median) | goal |");
        out.println("|---|---:|---:|---:|---:|---|");
        out.printf("| one changed item | %d | %d | %.1f ms | %.1f ms | apply ≤ 50 ms |%n", first.deltaUpserts(),
                f.medianBytes(SyncApplyBenchmark.Run::deltaBytes), f.medianMillis(SyncApplyBenchmark.Run::deltaFeedNanos),
                f.medianMillis(SyncApplyBenchmark.Run::deltaApplyNanos));
        out.printf("| full snapshot | %d | %d | %.1f ms | %.1f ms | apply ≤ 1 s |%n", first.snapshotUpserts(),
                f.medianBytes(SyncApplyBenchmark.Run::snapshotBytes), f.medianMillis(SyncApplyBenchmark.Run::snapshotFeedNanos),
                f.medianMillis(SyncApplyBenchmark.Run::snapshotApplyNanos));
        out.println();
        out.printf("Central publish of the one change (import diff of %d items, median): %.1f ms%n", f.items(),
                f.medianMillis(SyncApplyBenchmark.Run::publishNanos));
        out.println();
        out.println("Per run (ms): snapshot apply / change apply");
        for (SyncApplyBenchmark.Run run : f.runs()) {
            out.printf("- %.1f / %.1f%n", run.snapshotApplyNanos() / 1e6, run.deltaApplyNanos() / 1e6);
        }
        return ExitCodes.OK;
    }
}
