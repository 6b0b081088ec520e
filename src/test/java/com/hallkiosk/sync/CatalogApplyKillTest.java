package com.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.store.CatalogRow;
import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.catalog.store.RowKind;
import com.hallkiosk.sync.central.CatalogChange;
import com.hallkiosk.sync.central.CatalogFeed;
import com.hallkiosk.sync.central.CentralCatalog;
import com.hallkiosk.sync.kiosk.KioskCatalogSync;
import com.hallkiosk.sync.kiosk.SyncOutcome;
import com.hallkiosk.sync.signing.PayloadSigner;
import com.hallkiosk.sync.signing.PayloadVerifier;
import com.hallkiosk.sync.signing.SignedPayload;
import com.hallkiosk.sync.signing.SigningKeyFiles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill -9 during apply: a child JVM applies a big change set to a copy of a kiosk catalog and is
 * killed at a random moment; the catalog must pass {@code PRAGMA integrity_check} and be entirely the
 * old version or entirely the new one. 12 trials by default (under a minute on a shared 2-core
 * machine); {@code -Dhallkiosk.fault.trials=100} for the 100. Run alone with
 * {@code mvn -o test -Dtest=CatalogApplyKillTest -Dhallkiosk.fault.trials=100}.
 */
@Tag("fault")
class CatalogApplyKillTest {
    private static final int DEFAULT_TRIALS = 12;
    private static final int NEW_ITEMS = 1000;
    private static final String REGION = "fushun";

    @TempDir
    Path directory;

    @Test
    void aKilledApplyLeavesTheOldCatalogOrTheNewOneAndAnIntactDatabase() throws Exception {
        int trials = Integer.getInteger("hallkiosk.fault.trials", DEFAULT_TRIALS);
        KeyPair keys = SigningKeyFiles.generate();
        Path publicKey = directory.resolve("catalog-signing.pub");
        SigningKeyFiles.writePublic(keys.getPublic(), publicKey, List.of());
        Catalog curated = CuratedCatalogFixture.catalog();
        CentralCatalog central = new CentralCatalog(SyncFixture.centralDatabase(directory.resolve("central.db")),
                Clock.systemUTC(), SyncFixture.JSON);
        central.importCatalog(curated);
        CatalogFeed feed = new CatalogFeed(central, new PayloadCodec(), new PayloadSigner(keys.getPrivate()));
        Path base = directory.resolve("base.db");
        try (CatalogStore store = CatalogStore.open(base, Clock.systemUTC())) {
            SignedPayload snapshot = ((CatalogFeed.Answer.Signed) feed.answer(REGION, 0)).payload();
            assertThat(sync(store, keys).apply(snapshot)).isInstanceOf(SyncOutcome.Applied.class);
        }
        assertThat(directory.resolve("base.db-wal")).doesNotExist();

        long newVersion = central.publish(bigChange(curated));
        SignedPayload payload = ((CatalogFeed.Answer.Signed) feed.answer(REGION, 1)).payload();
        Path payloadFile = Files.write(directory.resolve("payload.json"), payload.payload());
        Path signatureFile = Files.writeString(directory.resolve("payload.sig"), payload.signatureBase64());

        String oldDigest = digest(base);
        // One child left to finish: the new catalog, and how long a cold JVM takes to apply it.
        Path applied = copy(base, "applied.db");
        Process calibration = child(applied, payloadFile, signatureFile, publicKey);
        BufferedReader calibrationOut = reader(calibration);
        assertThat(calibrationOut.readLine()).isEqualTo("applying");
        String done = calibrationOut.readLine();
        assertThat(done).startsWith("applied in ").contains("Applied[");
        assertThat(calibration.waitFor(60, TimeUnit.SECONDS)).isTrue();
        long applyMillis = Math.max(20, Long.parseLong(done.substring("applied in ".length(), done.indexOf(" ms"))));
        String newDigest = digest(applied);
        assertThat(newDigest).isNotEqualTo(oldDigest);

        Random random = new Random();
        int[] seen = new int[2];
        for (int trial = 0; trial < trials; trial++) {
            Path db = copy(base, "trial-" + trial + ".db");
            Process child = child(db, payloadFile, signatureFile, publicKey);
            assertThat(reader(child).readLine()).isEqualTo("applying");
            // Up to a third more than the calibration's apply: most kills land mid-transaction, some after the commit.
            Thread.sleep(random.nextInt((int) (applyMillis * 4 / 3)));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            String integrity = query(db, "PRAGMA integrity_check");
            assertThat(integrity).as("trial %d", trial).isEqualTo("ok");
            String version = query(db, "SELECT value FROM catalog_meta WHERE key = 'sync." + REGION + ".version'");
            String digest = digest(db);
            if (version.equals("1")) {
                assertThat(digest).as("trial %d: version 1 but not the old catalog", trial).isEqualTo(oldDigest);
                seen[0]++;
            } else {
                assertThat(version).as("trial %d", trial).isEqualTo(Long.toString(newVersion));
                assertThat(digest).as("trial %d: new version but not the new catalog", trial).isEqualTo(newDigest);
                seen[1]++;
            }
            Files.deleteIfExists(db);
        }
        System.out.printf("kill during apply: %d trials, %d old, %d new (a whole apply in a child %d ms)%n", trials, seen[0], seen[1],
                applyMillis);
    }

    private static Process child(Path db, Path payload, Path signature, Path publicKey) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ApplyChild.class.getName(), db.toString(),
                payload.toString(), signature.toString(), publicKey.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static BufferedReader reader(Process child) {
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    private static KioskCatalogSync sync(CatalogStore store, KeyPair keys) {
        return new KioskCatalogSync(REGION, store, (region, version) -> {
            throw new IllegalStateException("the test applies payloads itself");
        }, new PayloadVerifier(keys.getPublic()), new PayloadCodec());
    }

    /** Thousands of new items, every existing item renamed, and a few deleted. */
    private static CatalogChange bigChange(Catalog curated) {
        List<Item> items = CuratedCatalogFixture.region(curated, REGION).items();
        List<CatalogRow> upserts = new ArrayList<>();
        for (int i = 3; i < items.size(); i++) {
            upserts.add(SyncFixture.item(items.get(i), REGION, items.get(i).id(), i, items.get(i).name() + "（新）"));
        }
        for (int i = 0; i < NEW_ITEMS; i++) {
            upserts.add(SyncFixture.item(items.get(i % items.size()), REGION, "fushun-bulk-" + i, 1000 + i, "批量事项" + i));
        }
        List<CatalogRow.RowId> deletes = List.of(new CatalogRow.RowId(RowKind.ITEM, items.get(0).id()),
                new CatalogRow.RowId(RowKind.ITEM, items.get(1).id()), new CatalogRow.RowId(RowKind.ITEM, items.get(2).id()));
        return new CatalogChange(upserts, deletes);
    }

    private Path copy(Path base, String name) throws Exception {
        return Files.copy(base, directory.resolve(name));
    }

    private static String query(Path db, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    /** Every catalog row of every table, in key order: what "the same catalog" means here. */
    private static String digest(Path db) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement()) {
            for (String sql : List.of("SELECT * FROM catalog_region ORDER BY id",
                    "SELECT * FROM catalog_office ORDER BY region_id, position", "SELECT * FROM catalog_item ORDER BY id",
                    "SELECT * FROM catalog_package ORDER BY id", "SELECT * FROM catalog_abbreviation ORDER BY abbreviation")) {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            sha.update(String.valueOf(rows.getObject(c)).getBytes(StandardCharsets.UTF_8));
                            sha.update((byte) 0);
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
