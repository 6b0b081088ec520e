package com.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.central.client.CentralHttp;
import com.hallkiosk.central.http.Routes;
import com.hallkiosk.central.pki.KioskTls;
import com.hallkiosk.central.testing.TestCentral;
import com.hallkiosk.sync.central.CatalogChange;
import com.hallkiosk.sync.central.CatalogFeed;
import com.hallkiosk.sync.central.CatalogRoutes;
import com.hallkiosk.sync.central.CentralCatalog;
import com.hallkiosk.sync.kiosk.HttpCatalogSource;
import com.hallkiosk.sync.kiosk.KioskCatalogSync;
import com.hallkiosk.sync.kiosk.SyncOutcome;
import com.hallkiosk.sync.signing.DemoSigningKey;
import com.hallkiosk.sync.signing.PayloadSigner;
import com.hallkiosk.sync.signing.PayloadVerifier;
import com.hallkiosk.sync.signing.SigningKeyFiles;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk syncing its catalog from the real central over mutual TLS: snapshot, 304, changes, faults. */
class CatalogOverTlsTest {
    private static final String REGION = "haicheng";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path directory;
    private final Catalog curated = CuratedCatalogFixture.catalog();
    private CentralCatalog central;
    private TestCentral server;
    private CatalogStore kiosk;

    @BeforeEach
    void start() {
        server = TestCentral.start(directory, database -> {
            central = new CentralCatalog(database.dataSource(), Clock.systemUTC(), SyncFixture.JSON);
            central.importCatalog(curated);
            return new Routes().add(new CatalogRoutes(central, new CatalogFeed(central, new PayloadCodec(),
                    new PayloadSigner(DemoSigningKey.pair().getPrivate()))));
        }, "demo-0001");
        kiosk = CatalogStore.open(directory.resolve("kiosk.db"), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        kiosk.close();
        server.close();
    }

    private CentralHttp http(URI url) {
        return new CentralHttp(url, KioskTls.context(server.pki(), "demo-0001"), TIMEOUT, TIMEOUT);
    }

    private KioskCatalogSync sync(URI url, PayloadVerifier verifier) {
        return new KioskCatalogSync(REGION, kiosk, new HttpCatalogSource(http(url)), verifier, new PayloadCodec());
    }

    private static PayloadVerifier shippedKey() throws Exception {
        return new PayloadVerifier(SigningKeyFiles.readPublic(Path.of("kiosk-config/catalog-signing.pub")));
    }

    @Test
    void aSnapshotThenNotModifiedThenOnlyTheChange() throws Exception {
        KioskCatalogSync sync = sync(server.url(), shippedKey());
        assertThat(sync.syncOnce()).isInstanceOfSatisfying(SyncOutcome.Applied.class,
                applied -> assertThat(applied.snapshot()).isTrue());
        assertThat(kiosk.loadRegion(REGION).regions().get(0)).isEqualTo(CuratedCatalogFixture.region(curated, REGION));

        long version = sync.heldVersion();
        assertThat(sync.syncOnce()).isEqualTo(new SyncOutcome.UpToDate(REGION, version));
        CentralHttp.Answer notModified = http(server.url()).get("/v1/catalog/" + REGION + "/changes?since=" + version,
                Map.of());
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.header("ETag")).hasValue("\"" + REGION + "@" + version + "\"");

        Item first = CuratedCatalogFixture.region(curated, REGION).items().get(0);
        long published = central.publish(new CatalogChange(List.of(SyncFixture.item(first, REGION, first.id(), 0, "新的名字")),
                List.of()));
        assertThat(sync.syncOnce()).isEqualTo(new SyncOutcome.Applied(REGION, version, published, false, 1, 0));
        assertThat(kiosk.loadRegion(REGION).regions().get(0).items().get(0).name()).isEqualTo("新的名字");
    }

    @Test
    void aPayloadSignedWithAnotherKeyIsRejectedAndTheCatalogKept() throws Exception {
        sync(server.url(), shippedKey()).syncOnce();
        Catalog before = kiosk.loadRegion(REGION);
        Item first = CuratedCatalogFixture.region(curated, REGION).items().get(0);
        central.publish(new CatalogChange(List.of(SyncFixture.item(first, REGION, first.id(), 0, "伪造")), List.of()));
        KioskCatalogSync trustingAnotherKey = sync(server.url(), new PayloadVerifier(SigningKeyFiles.generate().getPublic()));
        assertThat(trustingAnotherKey.syncOnce()).isInstanceOfSatisfying(SyncOutcome.Failed.class,
                failed -> assertThat(failed.message()).contains("does not verify"));
        assertThat(kiosk.loadRegion(REGION)).isEqualTo(before);
    }

    @Test
    void withTheCentralDownTheKioskKeepsItsCatalogAndSaysWhy() throws Exception {
        sync(server.url(), shippedKey()).syncOnce();
        Catalog before = kiosk.loadRegion(REGION);
        URI down = server.url();
        server.close();
        assertThat(sync(down, shippedKey()).syncOnce()).isInstanceOfSatisfying(SyncOutcome.Failed.class,
                failed -> assertThat(failed.message()).contains("cannot be reached"));
        assertThat(kiosk.loadRegion(REGION)).isEqualTo(before);
    }

    @Test
    void anUnknownRegionOrABadVersionIsAClearError() throws Exception {
        assertThat(http(server.url()).get("/v1/catalog/atlantis/changes?since=0", Map.of()).status()).isEqualTo(404);
        assertThat(http(server.url()).get("/v1/catalog/" + REGION + "/changes?since=abc", Map.of()).status()).isEqualTo(400);
    }
}
