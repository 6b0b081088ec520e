package com.hallkiosk.bench;

import com.hallkiosk.catalog.model.Abbreviation;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.search.CatalogSearch;
import com.hallkiosk.catalog.search.PinyinReadings;
import com.hallkiosk.catalog.search.SearchEntry;
import com.hallkiosk.catalog.search.SearchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-query latency of the guide's search index against a plain SQLite LIKE scan of the same entries,
 * measured in the same run, over a fixed mix of Chinese, full pinyin, initials, single letters,
 * unfinished syllables and a query that finds nothing.
 */
public final class SearchBenchmark {
    public static final List<String> QUERIES = List.of("社保卡", "挂失", "身份证", "养老保险", "失业保险金", "证明",
            "12333", "sbk", "shebaoka", "guashi", "ylbx", "yl", "zhong", "chong", "tuixiu", "hukouben", "zm", "s",
            "x", "shebaok", "zzzzq");
    private static final int LIMIT = 20;

    private final PinyinReadings pinyin;

    public SearchBenchmark(PinyinReadings pinyin) {
        this.pinyin = pinyin;
    }

    /** One query's figures: how many entries each side found, and their medians in milliseconds. */
    public record QueryFigures(String query, int indexHits, int likeHits, double indexP50, double likeP50) {
    }

    /** The figures of one catalog, in milliseconds. */
    public record Figures(String catalog, int entries, long buildMillis, long indexMegabytes, int samples,
                          double indexP50, double indexP99, double likeP50, double likeP99,
                          List<QueryFigures> queries) {
    }

    public Figures run(String label, Region region, List<Abbreviation> abbreviations, int indexRounds,
                       int likeRounds) throws IOException, SQLException {
        List<SearchEntry> entries = CatalogSearch.entriesOf(region, abbreviations);
        pinyin.of('中');
        long heapBefore = usedHeap();
        long buildStart = System.nanoTime();
        SearchIndex index = SearchIndex.build(entries, pinyin);
        long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;
        long indexMegabytes = (usedHeap() - heapBefore) >> 20;
        List<Latencies> indexLatencies = latencies();
        measureIndex(index, indexRounds, latencies());
        measureIndex(index, indexRounds, indexLatencies);
        List<Latencies> likeLatencies = latencies();
        List<Integer> likeHits = new ArrayList<>();
        Path database = Files.createTempFile("hall-kiosk-like-baseline", ".db");
        try (LikeScanBaseline baseline = new LikeScanBaseline(database, entries, pinyin)) {
            measureLike(baseline, Math.max(1, likeRounds / 4), latencies());
            measureLike(baseline, likeRounds, likeLatencies);
            for (String query : QUERIES) {
                likeHits.add(baseline.count(query));
            }
        } finally {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(database + suffix));
            }
        }
        List<QueryFigures> queries = new ArrayList<>();
        for (int q = 0; q < QUERIES.size(); q++) {
            queries.add(new QueryFigures(QUERIES.get(q), index.search(QUERIES.get(q), LIMIT).total(), likeHits.get(q),
                    indexLatencies.get(q).percentileMillis(50), likeLatencies.get(q).percentileMillis(50)));
        }
        Latencies allIndex = Latencies.merged(indexLatencies);
        Latencies allLike = Latencies.merged(likeLatencies);
        return new Figures(label, entries.size(), buildMillis, indexMegabytes, allIndex.count(),
                allIndex.percentileMillis(50), allIndex.percentileMillis(99), allLike.percentileMillis(50),
                allLike.percentileMillis(99), queries);
    }

    private static List<Latencies> latencies() {
        List<Latencies> perQuery = new ArrayList<>();
        QUERIES.forEach(query -> perQuery.add(new Latencies()));
        return perQuery;
    }

    /**
     * Heap in use after a collection: a rough size of what was built in between (pinyin4j's own
     * table is loaded before the first measurement, so it is not counted).
     */
    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static void measureIndex(SearchIndex index, int rounds, List<Latencies> latencies) {
        for (int round = 0; round < rounds; round++) {
            for (int q = 0; q < QUERIES.size(); q++) {
                long start = System.nanoTime();
                index.search(QUERIES.get(q), LIMIT);
                latencies.get(q).add(System.nanoTime() - start);
            }
        }
    }

    private static void measureLike(LikeScanBaseline baseline, int rounds, List<Latencies> latencies)
            throws SQLException {
        for (int round = 0; round < rounds; round++) {
            for (int q = 0; q < QUERIES.size(); q++) {
                long start = System.nanoTime();
                baseline.count(QUERIES.get(q));
                latencies.get(q).add(System.nanoTime() - start);
            }
        }
    }
}
