package com.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.sync.central.CatalogChange;
import com.hallkiosk.sync.central.CentralCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentPublishTest {
    private static final int PUBLISHES_PER_THREAD = 25;

    @TempDir
    Path directory;

    @Test
    void twoPublishersOnTheirOwnConnectionsLoseNoChangeAndShareNoVersion() throws Exception {
        Path file = directory.resolve("central.db");
        Catalog curated = CuratedCatalogFixture.catalog();
        new CentralCatalog(SyncFixture.centralDatabase(file), Clock.systemUTC(), SyncFixture.JSON).importCatalog(curated);
        Item template = CuratedCatalogFixture.region(curated, "fushun").items().get(0);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (String publisher : List.of("a", "b")) {
            // Each thread its own data source, so its own connections: two processes' worth of contention.
            DataSource own = SyncFixture.centralDatabase(file);
            CentralCatalog central = new CentralCatalog(own, Clock.systemUTC(), SyncFixture.JSON);
            results.add(threads.submit(() -> {
                start.await();
                List<Long> versions = new ArrayList<>();
                for (int i = 0; i < PUBLISHES_PER_THREAD; i++) {
                    String id = "fushun-" + publisher + i;
                    versions.add(central.publish(new CatalogChange(
                            List.of(SyncFixture.item(template, "fushun", id, 1000 + i, publisher + i)), List.of())));
                }
                return versions;
            }));
        }
        start.countDown();
        List<Long> versions = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            versions.addAll(result.get(60, TimeUnit.SECONDS));
        }
        threads.shutdown();

        DataSource check = SyncFixture.centralDatabase(file);
        assertThat(versions).doesNotHaveDuplicates().hasSize(2 * PUBLISHES_PER_THREAD);
        assertThat(versions).allSatisfy(version -> assertThat(version).isBetween(2L, 1L + 2 * PUBLISHES_PER_THREAD));
        assertThat(SyncFixture.count(check, "SELECT version FROM catalog_version")).isEqualTo(1 + 2 * PUBLISHES_PER_THREAD);
        assertThat(SyncFixture.count(check, "SELECT count(*) FROM catalog_row WHERE row_key LIKE 'fushun-a%'"
                + " OR row_key LIKE 'fushun-b%'")).isEqualTo(2 * PUBLISHES_PER_THREAD);
        assertThat(SyncFixture.count(check, "SELECT count(DISTINCT version) FROM catalog_row WHERE version > 1"))
                .isEqualTo(2 * PUBLISHES_PER_THREAD);
    }
}
