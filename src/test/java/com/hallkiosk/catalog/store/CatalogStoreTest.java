package com.hallkiosk.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Region;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Catalog curated = CuratedCatalogFixture.catalog();

    @TempDir
    Path directory;

    @Test
    void givesBackExactlyTheCatalogItWasGiven() {
        try (CatalogStore store = CatalogStore.open(directory.resolve("catalog.db"), clock)) {
            store.replace(curated, "test", "v-test");
            assertThat(store.load()).isEqualTo(curated);
        }
    }

    @Test
    void keepsTheCatalogAcrossReopening() {
        Path file = directory.resolve("nested/folder/catalog.db");
        try (CatalogStore store = CatalogStore.open(file, clock)) {
            store.replace(curated, "test", "v-test");
        }
        try (CatalogStore store = CatalogStore.open(file, clock)) {
            assertThat(store.load()).isEqualTo(curated);
        }
    }

    @Test
    void summarisesWhatItHolds() {
        try (CatalogStore store = CatalogStore.open(directory.resolve("catalog.db"), clock)) {
            store.replace(curated, "the curated catalog in the jar", "curated-0123456789abcdef");
            StoreSummary summary = store.summary();
            assertThat(summary.schemaVersion()).isEqualTo("2");
            assertThat(summary.importedAt()).isEqualTo(NOW);
            assertThat(summary.origin()).isEqualTo("the curated catalog in the jar");
            assertThat(store.version()).contains("curated-0123456789abcdef");
            assertThat(summary.regions()).extracting(StoreSummary.RegionCount::items).containsExactly(29, 54, 13, 35);
            assertThat(summary.regions()).extracting(StoreSummary.RegionCount::offices).containsExactly(2, 26, 0, 2);
            assertThat(summary.regions()).extracting(StoreSummary.RegionCount::packages).containsExactly(0, 10, 0, 0);
        }
    }

    @Test
    void usesTheWriteAheadLog() throws SQLException {
        Path file = directory.resolve("catalog.db");
        try (CatalogStore store = CatalogStore.open(file, clock)) {
            store.replace(curated, "test", "v-test");
            assertThat(query(file, "PRAGMA journal_mode")).containsExactly("wal");
            assertThat(query(file, "PRAGMA integrity_check")).containsExactly("ok");
        }
    }

    @Test
    void aFailedReplaceLeavesThePreviousCatalogWhole() {
        try (CatalogStore store = CatalogStore.open(directory.resolve("catalog.db"), clock)) {
            store.replace(curated, "first", "v-first");
            Region anshan = curated.regions().get(0);
            Catalog broken = new Catalog(List.of(anshan, anshan), curated.abbreviations());
            assertThatThrownBy(() -> store.replace(broken, "second", "v-second"))
                    .isInstanceOf(CatalogStoreException.class)
                    .hasMessageContaining("cannot import the catalog");
            assertThat(store.load()).isEqualTo(curated);
            assertThat(store.summary().origin()).isEqualTo("first");
            assertThat(store.version()).contains("v-first");
        }
    }

    @Test
    void theSchemaVersionConstantIsTheNewestMigration() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/catalog"))) {
            String newest = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .max(java.util.Comparator.comparingInt(Integer::parseInt)).orElseThrow();
            assertThat(CatalogStore.LATEST_SCHEMA_VERSION).isEqualTo(newest);
        }
    }

    @Test
    void aNewDatabaseHasNoCatalogVersion() {
        try (CatalogStore store = CatalogStore.open(directory.resolve("catalog.db"), clock)) {
            assertThat(store.version()).isEmpty();
            assertThat(store.summary().schemaVersion()).isEqualTo("2");
        }
    }

    @Test
    void reportsADatabaseItCannotOpen() throws Exception {
        Path notADatabase = directory.resolve("catalog.db");
        Files.writeString(notADatabase, "this is not a SQLite database, and it is long enough to tell");
        assertThatThrownBy(() -> CatalogStore.open(notADatabase, clock))
                .isInstanceOf(CatalogStoreException.class)
                .hasMessageContaining("cannot open the catalog database " + notADatabase);
    }

    private static List<String> query(Path file, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
