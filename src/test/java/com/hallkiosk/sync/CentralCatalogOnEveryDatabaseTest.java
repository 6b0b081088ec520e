package com.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.store.CatalogRow;
import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.catalog.store.RowKind;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.central.testing.EachCentralDatabase;
import com.hallkiosk.central.testing.TestDatabase;
import com.hallkiosk.testing.ManualClock;
import com.hallkiosk.sync.central.CatalogChange;
import com.hallkiosk.sync.central.CatalogFeed;
import com.hallkiosk.sync.central.CentralCatalog;
import com.hallkiosk.sync.kiosk.KioskCatalogSync;
import com.hallkiosk.sync.kiosk.SyncOutcome;
import com.hallkiosk.sync.signing.PayloadSigner;
import com.hallkiosk.sync.signing.PayloadVerifier;
import com.hallkiosk.sync.signing.SigningKeyFiles;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** The central's versioned catalog on the central's own stores, SQLite and PostgreSQL, through its migrations. */
class CentralCatalogOnEveryDatabaseTest {
    private static final String REGION = "fushun";

    @TempDir
    Path directory;

    @EachCentralDatabase
    void importPublishAndSyncAKiosk(TestDatabase database) {
        Catalog curated = CuratedCatalogFixture.catalog();
        ManualClock clock = new ManualClock(Instant.parse("2026-11-22T08:00:00Z"));
        KeyPair keys = SigningKeyFiles.generate();
        PayloadCodec codec = new PayloadCodec();
        try (CentralDatabase centralDatabase = database.open();
             CatalogStore kiosk = CatalogStore.open(directory.resolve("kiosk-" + database + ".db"), clock)) {
            CentralCatalog central = new CentralCatalog(centralDatabase.dataSource(), clock, SyncFixture.JSON);
            assertThat(central.importCatalog(curated)).isPositive();
            assertThat(central.importCatalog(curated)).as("the same catalog again publishes nothing")
                    .isEqualTo(central.version());
            KioskCatalogSync sync = new KioskCatalogSync(REGION, kiosk, SyncFixture.sourceOf(new CatalogFeed(central, codec,
                    new PayloadSigner(keys.getPrivate()))), new PayloadVerifier(keys.getPublic()), codec);
            assertThat(sync.syncOnce()).isInstanceOf(SyncOutcome.Applied.class);
            Region fushun = CuratedCatalogFixture.region(curated, REGION);
            assertThat(kiosk.loadRegion(REGION)).isEqualTo(new Catalog(List.of(fushun), curated.abbreviations(), curated.rules().ofRegion(REGION)));

            Item renamed = fushun.items().get(2);
            long version = central.publish(new CatalogChange(
                    List.of(SyncFixture.item(renamed, REGION, renamed.id(), 2, "改过名的事项")), List.of()));
            assertThat(sync.syncOnce()).isInstanceOfSatisfying(SyncOutcome.Applied.class, applied -> {
                assertThat(applied.snapshot()).isFalse();
                assertThat(applied.toVersion()).isEqualTo(version);
            });
            assertThat(kiosk.loadRegion(REGION).regions().get(0).items().get(2).name()).isEqualTo("改过名的事项");
            assertThat(sync.syncOnce()).isEqualTo(new SyncOutcome.UpToDate(REGION, version));
            assertThat(central.regionState(REGION)).isEqualTo(new CentralCatalog.RegionState(true, version));
            assertThat(central.regionState("atlantis").exists()).isFalse();

            String other = curated.regionIds().stream().filter(id -> !id.equals(REGION)).findFirst().orElseThrow();
            long held = central.regionState(other).version();
            long deleted = central.publish(new CatalogChange(List.of(),
                    List.of(new CatalogRow.RowId(RowKind.REGION, other))));
            assertThat(central.regionState(other)).as("a deleted region is gone, whatever version a kiosk holds")
                    .isEqualTo(new CentralCatalog.RegionState(false, deleted));
            assertThat(held).isLessThan(deleted);
            assertThat(central.regionState(REGION)).as("a region untouched by the delete keeps its version")
                    .isEqualTo(new CentralCatalog.RegionState(true, version));
        }
    }
}
