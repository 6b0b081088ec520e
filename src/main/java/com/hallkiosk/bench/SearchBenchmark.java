package com.hallkiosk.bench;

import com.hallkiosk.catalog.model.Abbreviation;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.search.CatalogSearch;
import com.hallkiosk.catalog.search.PinyinReadings;
import com.hallkiosk.catalog.search.SearchEntry;
import com.hallkiosk.catalog.search.SearchIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/**
 * Per-query latency of the guide's search index against a plain SQLite LIKE scan of the same entries,
 * measured in the same run, query by query, over a fixed mix of Chinese, full pinyin, initials, single
 * letters, partial syllables and a query that finds nothing.
 */
public final class SearchBenchmark {
    public static final List<String> QUERIES = List.of("社保卡", "挂失", "身份证", "养老保险", "失业保险金", "证明",
            "12333", "sbk", "shebaoka", "guashi", "ylbx", "yl", "zhong", "chong", "tuixiu", "hukouben", "zm", "s",
            "x", "shebaok", "zzzzq");

    private final PinyinReadings pinyin;
    private final PrintStream out;

    public SearchBenchmark(PinyinReadings pinyin, PrintStream out) {
        this.pinyin = pinyin;
        this.out = out;
    }

    /** The figures of one catalog: index and baseline percentiles, in milliseconds. */
    public record Figures(String catalog, int entries, long buildMillis, int samples, double indexP50,
                          double indexP99, double likeP50, double likeP99) {
    }

    public Figures run(String label, Region region, List<Abbreviation> abbreviations, int indexRounds,
                       int likeRounds) throws IOException, SQLException {
        List<SearchEntry> entries = CatalogSearch.entriesOf(region, abbreviations);
        long buildStart = System.nanoTime();
        SearchIndex index = SearchIndex.build(entries, pinyin);
        long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
        Latencies indexLatencies = new Latencies();
        long checksum = measureIndex(index, indexRounds, new Latencies());
        checksum += measureIndex(index, indexRounds, indexLatencies);
        Path database = Files.createTempFile("hall-kiosk-like-baseline", ".db");
        Latencies likeLatencies = new Latencies();
        try (LikeScanBaseline baseline = new LikeScanBaseline(database, entries, pinyin)) {
            checksum += measureLike(baseline, Math.max(1, likeRounds / 4), new Latencies());
            checksum += measureLike(baseline, likeRounds, likeLatencies);
        } finally {
            Files.deleteIfExists(database);
            Files.deleteIfExists(Path.of(database + "-wal"));
            Files.deleteIfExists(Path.of(database + "-shm"));
        }
        out.printf("  %s: %d entries, index built in %d ms, checksum %d%n", label, entries.size(), buildMillis, checksum);
        return new Figures(label, entries.size(), buildMillis, indexLatencies.count(),
                indexLatencies.percentileMillis(50), indexLatencies.percentileMillis(99),
                likeLatencies.percentileMillis(50), likeLatencies.percentileMillis(99));
    }

    private static long measureIndex(SearchIndex index, int rounds, Latencies latencies) {
        long checksum = 0;
        for (int round = 0; round < rounds; round++) {
            for (String query : QUERIES) {
                long start = System.nanoTime();
                checksum += index.search(query, 20).total();
                latencies.add(System.nanoTime() - start);
            }
        }
        return checksum;
    }

    private static long measureLike(LikeScanBaseline baseline, int rounds, Latencies latencies) throws SQLException {
        long checksum = 0;
        for (int round = 0; round < rounds; round++) {
            for (String query : QUERIES) {
                long start = System.nanoTime();
                checksum += baseline.count(query);
                latencies.add(System.nanoTime() - start);
            }
        }
        return checksum;
    }
}
