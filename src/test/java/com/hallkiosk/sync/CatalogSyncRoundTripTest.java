package com.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.store.CatalogRow;
import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.catalog.store.RowKind;
import com.hallkiosk.catalog.store.SyncState;
import com.hallkiosk.testing.ManualClock;
import com.hallkiosk.sync.central.CatalogChange;
import com.hallkiosk.sync.central.CatalogFeed;
import com.hallkiosk.sync.central.CatalogPublishException;
import com.hallkiosk.sync.central.CentralCatalog;
import com.hallkiosk.sync.central.ChangesAnswer;
import com.hallkiosk.sync.kiosk.CatalogSource;
import com.hallkiosk.sync.kiosk.KioskCatalogSync;
import com.hallkiosk.sync.kiosk.SyncOutcome;
import com.hallkiosk.sync.signing.PayloadSigner;
import com.hallkiosk.sync.signing.PayloadVerifier;
import com.hallkiosk.sync.signing.SignedPayload;
import com.hallkiosk.sync.signing.SigningKeyFiles;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogSyncRoundTripTest {
    private static final String REGION = "fushun";

    private final Catalog curated = CuratedCatalogFixture.catalog();
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final KeyPair keys = SigningKeyFiles.generate();
    private final PayloadCodec codec = new PayloadCodec();

    @TempDir
    Path directory;

    private CentralCatalog central;
    private CatalogFeed feed;
    private CatalogStore kiosk;
    private KioskCatalogSync sync;

    @BeforeEach
    void setUp() {
        DataSource dataSource = SyncFixture.centralDatabase(directory.resolve("central.db"));
        central = new CentralCatalog(dataSource, clock, SyncFixture.JSON);
        central.importCatalog(curated);
        feed = new CatalogFeed(central, codec, new PayloadSigner(keys.getPrivate()));
        kiosk = CatalogStore.open(directory.resolve("kiosk.db"), clock);
        kiosk.replace(curated, "the curated catalog in the jar", "curated-test");
        sync = kioskSync(SyncFixture.sourceOf(feed), keys);
    }

    @AfterEach
    void tearDown() {
        kiosk.close();
    }

    private KioskCatalogSync kioskSync(CatalogSource source, KeyPair trusted) {
        return new KioskCatalogSync(REGION, kiosk, source, new PayloadVerifier(trusted.getPublic()), codec);
    }

    private Catalog expected(Region region) {
        return new Catalog(List.of(region), curated.abbreviations(), curated.rules().ofRegion(REGION));
    }

    private Region fushun() {
        return CuratedCatalogFixture.region(curated, REGION);
    }

    @Test
    void aNewKioskGetsASnapshotThenOnlyTheChangesThenNotModified() throws Exception {
        SyncOutcome first = sync.syncOnce();
        assertThat(first).isInstanceOfSatisfying(SyncOutcome.Applied.class, applied -> {
            assertThat(applied.snapshot()).isTrue();
            assertThat(applied.toVersion()).isEqualTo(1);
        });
        assertThat(kiosk.loadRegion(REGION)).isEqualTo(expected(fushun()));
        assertThat(kiosk.syncState(REGION)).contains(new SyncState(REGION, 1, clock.instant()));

        Item renamed = fushun().items().get(3);
        Item deleted = fushun().items().get(5);
        long version = central.publish(new CatalogChange(
                List.of(SyncFixture.item(renamed, REGION, renamed.id(), 3, "改过名的事项")),
                List.of(new CatalogRow.RowId(RowKind.ITEM, deleted.id()))));
        clock.advance(Duration.ofMinutes(5));

        SyncOutcome second = sync.syncOnce();
        assertThat(second).isEqualTo(new SyncOutcome.Applied(REGION, 1, version, false, 1, 1));
        List<Item> items = new ArrayList<>(fushun().items());
        items.set(3, SyncFixture.JSON.readValue(
                SyncFixture.item(renamed, REGION, renamed.id(), 3, "改过名的事项").body(), Item.class));
        items.remove(deleted);
        Region changed = new Region(REGION, fushun().name(), fushun().sources(), fushun().offices(),
                fushun().categories(), items, fushun().packages(), fushun().unlinkedProhibitions(),
                fushun().discrepancies());
        assertThat(kiosk.loadRegion(REGION)).isEqualTo(expected(changed));
        assertThat(kiosk.syncState(REGION)).contains(new SyncState(REGION, version, clock.instant()));

        assertThat(sync.syncOnce()).isEqualTo(new SyncOutcome.UpToDate(REGION, version));
    }

    @Test
    void notModifiedWhenCurrentAndUnmovedByAnotherRegionsPublish() {
        long current = central.regionVersion(REGION);
        Item template = fushun().items().get(0);
        central.publish(new CatalogChange(List.of(SyncFixture.item(template, "haicheng", "haicheng-new", 99, "新事项")),
                List.of()));

        assertThat(central.regionVersion(REGION)).isEqualTo(current);
        assertThat(central.changesSince(REGION, current))
                .isEqualTo(new ChangesAnswer.NotModified(REGION, current, "\"fushun@" + current + "\""));
        assertThat(central.changesSince("haicheng", current)).isInstanceOfSatisfying(ChangesAnswer.Changes.class,
                changes -> assertThat(changes.changes().upserts()).extracting(CatalogRow::key)
                        .containsExactly("haicheng-new"));
    }

    @Test
    void aKioskBehindPrunedTombstonesGetsASnapshot() {
        Item first = fushun().items().get(0);
        Item second = fushun().items().get(1);
        central.publish(new CatalogChange(List.of(), List.of(new CatalogRow.RowId(RowKind.ITEM, first.id()))));
        clock.advance(Duration.ofDays(40));
        long afterFirstDelete = central.publish(new CatalogChange(List.of(),
                List.of(new CatalogRow.RowId(RowKind.ITEM, second.id()))));

        assertThat(central.pruneTombstones(Duration.ofDays(30))).isEqualTo(1);

        ChangesAnswer behind = central.changesSince(REGION, 1);
        assertThat(behind).isInstanceOfSatisfying(ChangesAnswer.Changes.class, changes -> {
            assertThat(changes.changes().snapshot()).isTrue();
            assertThat(changes.changes().toVersion()).isEqualTo(afterFirstDelete);
            assertThat(changes.changes().upserts()).extracting(CatalogRow::key)
                    .doesNotContain(first.id(), second.id()).contains(fushun().items().get(2).id());
        });
        ChangesAnswer recent = central.changesSince(REGION, afterFirstDelete - 1);
        assertThat(recent).isInstanceOfSatisfying(ChangesAnswer.Changes.class, changes -> {
            assertThat(changes.changes().snapshot()).isFalse();
            assertThat(changes.changes().deletes()).extracting(CatalogRow::key).containsExactly(second.id());
        });
    }

    @Test
    void aTamperedPayloadIsRejectedAndTheCatalogKept() {
        sync.syncOnce();
        Catalog before = kiosk.loadRegion(REGION);
        Item template = fushun().items().get(0);
        central.publish(new CatalogChange(List.of(SyncFixture.item(template, REGION, "fushun-new", 99, "新事项")),
                List.of()));
        CatalogFeed.Answer.Signed signed = (CatalogFeed.Answer.Signed) feed.answer(REGION, 1);
        byte[] tampered = signed.payload().payload();
        int at = new String(tampered, java.nio.charset.StandardCharsets.UTF_8).indexOf("新事项".charAt(0));
        tampered[Math.max(at, 10)] ^= 0x01;

        SyncOutcome outcome = sync.apply(new SignedPayload(tampered, signed.payload().signature()));

        assertThat(outcome).isInstanceOfSatisfying(SyncOutcome.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(SyncOutcome.Reason.REJECTED);
            assertThat(failed.message()).contains("does not verify");
        });
        assertThat(kiosk.loadRegion(REGION)).isEqualTo(before);
        assertThat(kiosk.syncState(REGION).map(SyncState::version)).contains(1L);
    }

    @Test
    void aPayloadSignedWithAnotherKeyIsRejectedAndTheCatalogKept() {
        KioskCatalogSync trustingAnother = kioskSync(SyncFixture.sourceOf(feed), SigningKeyFiles.generate());

        SyncOutcome outcome = trustingAnother.syncOnce();

        assertThat(outcome).isInstanceOfSatisfying(SyncOutcome.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(SyncOutcome.Reason.REJECTED));
        assertThat(kiosk.load()).isEqualTo(curated);
        assertThat(kiosk.syncState(REGION)).isEmpty();
    }

    @Test
    void changesForAnotherVersionAreRefusedWholeAndAnOlderPayloadIsNotReplayed() {
        sync.syncOnce();
        Item template = fushun().items().get(0);
        central.publish(new CatalogChange(List.of(SyncFixture.item(template, REGION, "fushun-a", 98, "甲")), List.of()));
        central.publish(new CatalogChange(List.of(SyncFixture.item(template, REGION, "fushun-b", 99, "乙")), List.of()));
        SignedPayload fromTwo = ((CatalogFeed.Answer.Signed) feed.answer(REGION, 2)).payload();
        Catalog before = kiosk.loadRegion(REGION);

        assertThat(sync.apply(fromTwo)).isInstanceOfSatisfying(SyncOutcome.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(SyncOutcome.Reason.VERSION_MISMATCH));
        assertThat(kiosk.loadRegion(REGION)).isEqualTo(before);

        SignedPayload fromOne = ((CatalogFeed.Answer.Signed) feed.answer(REGION, 1)).payload();
        assertThat(sync.apply(fromOne)).isInstanceOf(SyncOutcome.Applied.class);
        assertThat(sync.apply(fromOne)).isInstanceOfSatisfying(SyncOutcome.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(SyncOutcome.Reason.REJECTED));
        assertThat(kiosk.loadRegion(REGION).regions().get(0).items()).extracting(Item::id)
                .contains("fushun-a", "fushun-b");
    }

    @Test
    void importingTheSameCatalogAgainPublishesNothing() {
        long version = central.version();
        assertThat(central.importCatalog(curated)).isEqualTo(version);
        assertThat(central.version()).isEqualTo(version);
    }

    @Test
    void aChangeNamingAMissingRowOrRegionIsNotPublished() {
        long version = central.version();
        Item template = fushun().items().get(0);
        assertThatThrownBy(() -> central.publish(new CatalogChange(List.of(),
                List.of(new CatalogRow.RowId(RowKind.ITEM, "no-such-item")))))
                .isInstanceOf(CatalogPublishException.class).hasMessageContaining("no such row");
        assertThatThrownBy(() -> central.publish(new CatalogChange(
                List.of(SyncFixture.item(template, "atlantis", "atlantis-1", 0, "无")), List.of())))
                .isInstanceOf(CatalogPublishException.class).hasMessageContaining("atlantis does not exist");
        assertThat(central.version()).isEqualTo(version);
    }

    @Test
    void deletingARegionDeletesItsRowsOnTheKioskToo() {
        sync.syncOnce();
        central.publish(new CatalogChange(List.of(), List.of(new CatalogRow.RowId(RowKind.REGION, REGION))));

        assertThat(sync.syncOnce()).isInstanceOf(SyncOutcome.Applied.class);
        assertThat(kiosk.regionIds()).doesNotContain(REGION).contains("haicheng");
        assertThat(kiosk.loadRegion(REGION).regions()).isEmpty();
    }
}
