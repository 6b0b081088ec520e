package com.hallkiosk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.sync.PayloadCodec;
import com.hallkiosk.sync.central.CatalogFeed;
import com.hallkiosk.sync.central.CentralCatalog;
import com.hallkiosk.sync.kiosk.CatalogSource;
import com.hallkiosk.sync.kiosk.KioskCatalogSync;
import com.hallkiosk.sync.kiosk.SyncOutcome;
import com.hallkiosk.sync.signing.PayloadSigner;
import com.hallkiosk.sync.signing.PayloadVerifier;
import com.hallkiosk.sync.signing.SignatureRejectedException;
import com.hallkiosk.sync.signing.SignedPayload;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One changed item out of a large region beside a full snapshot of it, through the real path: the central
 * publishes into its database, the feed signs the payload, the kiosk verifies, parses and applies it into
 * its SQLite file. Each run is a new kiosk: it applies the snapshot, the central publishes a change of one
 * item, and the kiosk applies the changes since the snapshot.
 */
public final class SyncApplyBenchmark {
    private final CentralDatabase database;
    private final KeyPair signingKey;
    private final Path directory;
    private final Clock clock;

    public SyncApplyBenchmark(CentralDatabase database, KeyPair signingKey, Path directory, Clock clock) {
        this.database = database;
        this.signingKey = signingKey;
        this.directory = directory;
        this.clock = clock;
    }

    /** One run's figures; times in nanoseconds, payload sizes in bytes as the feed signs and sends them. */
    public record Run(int snapshotBytes, long snapshotFeedNanos, long snapshotApplyNanos, int snapshotUpserts,
                      long publishNanos, int deltaBytes, long deltaFeedNanos, long deltaApplyNanos, int deltaUpserts) {
    }

    public record Figures(int items, List<Run> runs) {
        public double medianMillis(ToLongFunction<Run> figure) {
            long[] values = runs.stream().mapToLong(figure).sorted().toArray();
            return median(values) / 1e6;
        }

        public long medianBytes(ToLongFunction<Run> figure) {
            return Math.round(median(runs.stream().mapToLong(figure).sorted().toArray()));
        }

        private static double median(long[] sorted) {
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        }
    }

    public Figures run(Catalog seeds, Region region, int runs) {
        CentralCatalog central = new CentralCatalog(database.dataSource(), clock, new ObjectMapper());
        CatalogFeed feed = new CatalogFeed(central, new PayloadCodec(), new PayloadSigner(signingKey.getPrivate()));
        List<Item> items = new ArrayList<>(region.items());
        central.importCatalog(catalogOf(seeds, region, items));
        List<Run> results = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (CatalogStore store = CatalogStore.open(directory.resolve("kiosk-" + run + ".db"), clock)) {
                KioskCatalogSync kiosk = new KioskCatalogSync(region.id(), store, (regionId, version) ->
                        new CatalogSource.Fetched.Failed("the benchmark hands payloads over itself"),
                        new PayloadVerifier(signingKey.getPublic()), new PayloadCodec());
                long start = System.nanoTime();
                CatalogFeed.Answer.Signed snapshot = signed(feed.answer(region.id(), 0));
                long snapshotFeed = System.nanoTime() - start;
                start = System.nanoTime();
                SyncOutcome.Applied snapshotApplied = applied(kiosk.apply(received(snapshot)));
                long snapshotApply = System.nanoTime() - start;

                int changed = (run * 7919) % items.size();
                items.set(changed, renamed(items.get(changed), " （第" + (run + 1) + "次修订）"));
                start = System.nanoTime();
                central.importCatalog(catalogOf(seeds, region, items));
                long publish = System.nanoTime() - start;

                start = System.nanoTime();
                CatalogFeed.Answer.Signed delta = signed(feed.answer(region.id(), kiosk.heldVersion()));
                long deltaFeed = System.nanoTime() - start;
                start = System.nanoTime();
                SyncOutcome.Applied deltaApplied = applied(kiosk.apply(received(delta)));
                long deltaApply = System.nanoTime() - start;
                if (deltaApplied.snapshot()) {
                    throw new IllegalStateException("the central sent a snapshot where one change was expected");
                }
                results.add(new Run(snapshot.payload().payload().length, snapshotFeed, snapshotApply,
                        snapshotApplied.upserts(), publish, delta.payload().payload().length, deltaFeed, deltaApply,
                        deltaApplied.upserts()));
            }
        }
        return new Figures(region.items().size(), results);
    }

    private static Catalog catalogOf(Catalog seeds, Region region, List<Item> items) {
        return new Catalog(List.of(new Region(region.id(), region.name(), region.sources(), region.offices(),
                region.categories(), List.copyOf(items), region.packages(), region.unlinkedProhibitions(),
                region.discrepancies())),
                seeds.abbreviations());
    }

    private static Item renamed(Item item, String suffix) {
        return new Item(item.id(), item.number(), item.category(), item.name() + suffix, item.guideName(),
                item.conditions(), item.materials(), item.channels(), item.timeLimit(), item.enquiry(), item.tips(),
                item.consultation(), item.phones(), item.notes(), item.selfService(), item.prohibitions(),
                item.tolerances(), item.discrepancies(), item.sourceRef());
    }

    private static CatalogFeed.Answer.Signed signed(CatalogFeed.Answer answer) {
        if (answer instanceof CatalogFeed.Answer.Signed signed) {
            return signed;
        }
        throw new IllegalStateException("the feed answered not modified where a payload was expected");
    }

    /** The payload as the kiosk receives it over HTTP: the body's bytes and the signature header's text. */
    private static SignedPayload received(CatalogFeed.Answer.Signed answer) {
        try {
            return SignedPayload.received(answer.payload().payload(), answer.payload().signatureBase64());
        } catch (SignatureRejectedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SyncOutcome.Applied applied(SyncOutcome outcome) {
        if (outcome instanceof SyncOutcome.Applied applied) {
            return applied;
        }
        throw new IllegalStateException("the kiosk did not apply the payload: " + outcome);
    }
}
