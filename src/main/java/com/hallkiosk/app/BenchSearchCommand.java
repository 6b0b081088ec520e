package com.hallkiosk.app;

import com.hallkiosk.bench.SearchBenchmark;
import com.hallkiosk.bench.SyntheticCatalog;
import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.model.Catalog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench search}: search latency over the seed catalog and a generated one, beside a LIKE scan. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Per-query latency (p50/p99) of the guide's search index and of a plain SQLite"
                + " LIKE '%%q%%' scan of the same data, over the seed catalog and a generated catalog.")
final class BenchSearchCommand implements Callable<Integer> {
    private static final long GENERATOR_SEED = 20261122L;

    @Option(names = "--items", defaultValue = "10000", paramLabel = "N", description = "Items in the generated catalog (default ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--rounds", defaultValue = "300", paramLabel = "N", description = "Rounds of all queries on the index (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--like-rounds", defaultValue = "20", paramLabel = "N", description = "Rounds of all queries on the LIKE scan (default ${DEFAULT-VALUE}).")
    int likeRounds;

    private final Wiring wiring;

    BenchSearchCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidCatalogException, IOException, SQLException {
        if (items < 1 || rounds < 1 || likeRounds < 1) {
            throw new UserError("--items, --rounds and --like-rounds must be at least 1", ExitCodes.BAD_INPUT);
        }
        Catalog seeds = wiring.curatedCatalog(null);
        SearchBenchmark benchmark = new SearchBenchmark(wiring.pinyin());
        PrintStream out = wiring.out();
        out.println("Search benchmark: " + SearchBenchmark.QUERIES.size() + " queries, " + rounds
                + " rounds on the index, " + likeRounds + " on the LIKE scan, after a warm-up");
        List<SearchBenchmark.Figures> figures = List.of(
                benchmark.run("seed catalog", SyntheticCatalog.allSeeds(seeds), seeds.abbreviations(), rounds,
                        likeRounds),
                benchmark.run("generated " + items, SyntheticCatalog.generate(seeds, items, GENERATOR_SEED),
                        seeds.abbreviations(), rounds, likeRounds));
        out.println();
        out.println("Machine: " + machine());
        out.println();
        out.println("| catalog | entries | index build | index heap | samples | index p50 | index p99 | LIKE p50 | LIKE p99"
                + " | p50 ratio | p99 ratio |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (SearchBenchmark.Figures f : figures) {
            out.printf("| %s | %d | %d ms | ~%d MB | %d | %.3f ms | %.3f ms | %.3f ms | %.3f ms | %.0f× | %.0f× |%n",
                    f.catalog(), f.entries(), f.buildMillis(), f.indexMegabytes(), f.samples(), f.indexP50(),
                    f.indexP99(), f.likeP50(), f.likeP99(), f.likeP50() / f.indexP50(), f.likeP99() / f.indexP99());
        }
        SearchBenchmark.Figures large = figures.get(1);
        out.println();
        out.println("Per query, " + large.catalog() + " (entries found; median):");
        out.println();
        out.println("| query | index hits | LIKE hits | index p50 | LIKE p50 |");
        out.println("|---|---:|---:|---:|---:|");
        for (SearchBenchmark.QueryFigures q : large.queries()) {
            out.printf("| %s | %d | %d | %.3f ms | %.3f ms |%n", q.query(), q.indexHits(), q.likeHits(), q.indexP50(),
                    q.likeP50());
        }
        return ExitCodes.OK;
    }

    private static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
    }
}
