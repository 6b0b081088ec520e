package com.hallkiosk.catalog.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.catalog.model.Abbreviation;
import com.hallkiosk.calendar.HolidayCalendar;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.CatalogRules;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Office;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.model.RegionOutline;
import com.hallkiosk.catalog.model.ServicePackage;
import com.hallkiosk.eligibility.RuleBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The kiosk's catalog in SQLite: migrated with Flyway on open, WAL journal, and replaced whole in one
 * transaction so that a reader never sees half a catalog.
 */
public final class CatalogStore implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;
    /** Meta keys of the central version each synced region is at; a whole import forgets them. */
    private static final String SYNC_META_PREFIX = "sync.";
    /** The newest migration under db/catalog; a test keeps the two in step. */
    static final String LATEST_SCHEMA_VERSION = "2";

    private final Path file;
    private final Connection connection;
    private final Clock clock;
    /** Made on first use: building an ObjectMapper costs ~0.13 s, and the kiosk's start reads no JSON. */
    private volatile ObjectMapper json;

    private ObjectMapper json() {
        ObjectMapper mapper = json;
        if (mapper == null) {
            synchronized (this) {
                if (json == null) {
                    json = new ObjectMapper();
                }
                mapper = json;
            }
        }
        return mapper;
    }

    private CatalogStore(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * The logger, fetched when something is logged: a static one would start Logback (~0.15 s) on
     * the kiosk's start-up path, where nothing is logged.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(CatalogStore.class);
    }

    public static CatalogStore open(Path file, Clock clock) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SQLiteDataSource dataSource = dataSource(file);
            Connection connection = dataSource.getConnection();
            if (!LATEST_SCHEMA_VERSION.equals(schemaVersion(connection))) {
                Flyway.configure()
                        .dataSource(dataSource)
                        .locations("classpath:db/catalog")
                        .loggers("slf4j")
                        .load()
                        .migrate();
            }
            return new CatalogStore(file, connection, clock);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new CatalogStoreException("cannot open the catalog database " + file, e);
        }
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    public Path file() {
        return file;
    }

    /**
     * Replaces the whole catalog in one transaction; on any failure the previous catalog stays.
     * {@code version} names the catalog (a fingerprint of the curated files, or a version from the
     * central server), so that a kiosk can tell whether it already holds it.
     */
    public synchronized void replace(Catalog catalog, String origin, String version) {
        try {
            connection.setAutoCommit(false);
            try {
                clear();
                for (int i = 0; i < catalog.regions().size(); i++) {
                    insertRegion(catalog.regions().get(i), i);
                }
                for (int i = 0; i < catalog.abbreviations().size(); i++) {
                    Abbreviation a = catalog.abbreviations().get(i);
                    update("INSERT INTO catalog_abbreviation (abbreviation, position, full_form, evidence)"
                            + " VALUES (?, ?, ?, ?)", a.abbreviation(), i, a.fullForm(), a.evidence());
                }
                try (RowWriter writer = new RowWriter(connection, json())) {
                    for (CatalogRow row : CatalogRows.rules(catalog.rules())) {
                        writer.upsert(row);
                    }
                }
                update("DELETE FROM catalog_meta WHERE key LIKE ?", SYNC_META_PREFIX + "%");
                putMeta("imported_at", clock.instant().toString());
                putMeta("origin", origin);
                putMeta("version", version);
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | IOException e) {
            throw new CatalogStoreException("cannot import the catalog into " + file + ": " + e.getMessage(), e);
        }
        log().info("Catalog imported into {} from {}: {} regions", file, origin, catalog.regions().size());
    }

    /**
     * Applies a change set from the central server in one transaction: all of it or, on any failure,
     * none of it. Changes apply only on top of the version they were made from; a snapshot replaces
     * the region's rows and the abbreviations whatever the version held.
     *
     * @throws VersionMismatchException when the region is not at the change set's {@code fromVersion}
     */
    public synchronized void apply(CatalogChangeSet changes) {
        String region = changes.regionId();
        try {
            connection.setAutoCommit(false);
            try {
                // The first statement writes, so the transaction holds SQLite's write lock before it reads
                // the version: another process cannot apply in between.
                putMeta(syncKey(region, "synced_at"), clock.instant().toString());
                long held = syncVersion(region);
                if (!changes.snapshot() && held != changes.fromVersion()) {
                    throw new VersionMismatchException(region, held, changes.fromVersion());
                }
                try (RowWriter writer = new RowWriter(connection, json())) {
                    if (changes.snapshot()) {
                        RowWriter.deleteRegionRows(connection, region);
                        update("DELETE FROM catalog_abbreviation");
                        update("DELETE FROM catalog_holiday_year");
                    }
                    for (CatalogRow row : inApplyOrder(changes.deletes(), true)) {
                        writer.delete(row);
                    }
                    for (CatalogRow row : inApplyOrder(changes.upserts(), false)) {
                        writer.upsert(row);
                    }
                }
                putMeta(syncKey(region, "version"), Long.toString(changes.toVersion()));
                putMeta("origin", "the central server");
                putMeta("version", "central-" + region + "-" + changes.toVersion());
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | IOException e) {
            throw new CatalogStoreException("cannot apply catalog version " + changes.toVersion() + " of " + region
                    + " to " + file + "; the catalog is unchanged", e);
        }
        log().info("Catalog of {} in {} now at version {} ({}: {} rows written, {} deleted)", region, file,
                changes.toVersion(), changes.snapshot() ? "snapshot" : "changes", changes.upserts().size(),
                changes.deletes().size());
    }

    /** Regions before their rows when writing; rows before their region when deleting. */
    private static List<CatalogRow> inApplyOrder(List<CatalogRow> rows, boolean deleting) {
        java.util.Comparator<CatalogRow> byKind = java.util.Comparator.comparing(CatalogRow::kind);
        return rows.stream().sorted(deleting ? byKind.reversed() : byKind).toList();
    }

    /** The central version this store holds for a region, and when it was applied; empty before the first sync. */
    public synchronized java.util.Optional<SyncState> syncState(String regionId) {
        try {
            String version = meta(syncKey(regionId, "version"));
            String syncedAt = meta(syncKey(regionId, "synced_at"));
            if (version == null || syncedAt == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new SyncState(regionId, Long.parseLong(version), Instant.parse(syncedAt)));
        } catch (SQLException e) {
            throw new CatalogStoreException("cannot read the sync state of " + regionId + " from " + file, e);
        }
    }

    private long syncVersion(String regionId) throws SQLException {
        String version = meta(syncKey(regionId, "version"));
        return version == null ? 0 : Long.parseLong(version);
    }

    private static String syncKey(String regionId, String what) {
        return SYNC_META_PREFIX + regionId + "." + what;
    }

    private void clear() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("catalog_holiday_year", "catalog_rule_set", "catalog_abbreviation",
                    "catalog_package", "catalog_item", "catalog_office", "catalog_region")) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    private void insertRegion(Region region, int position) throws SQLException, JsonProcessingException {
        RegionDetails details = new RegionDetails(region.sources(), region.categories(),
                region.unlinkedProhibitions(), region.discrepancies());
        update("INSERT INTO catalog_region (id, position, name, body) VALUES (?, ?, ?, ?)",
                region.id(), position, region.name(), json().writeValueAsString(details));
        for (int i = 0; i < region.offices().size(); i++) {
            Office office = region.offices().get(i);
            update("INSERT INTO catalog_office (region_id, position, name, body) VALUES (?, ?, ?, ?)",
                    region.id(), i, office.name(), json().writeValueAsString(office));
        }
        for (int i = 0; i < region.items().size(); i++) {
            Item item = region.items().get(i);
            update("INSERT INTO catalog_item (id, region_id, position, number, category_number, name, self_service,"
                            + " body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    item.id(), region.id(), i, item.number(),
                    item.category() == null ? null : item.category().number(), item.name(),
                    item.selfService().allowed() ? 1 : 0, json().writeValueAsString(item));
        }
        for (int i = 0; i < region.packages().size(); i++) {
            ServicePackage servicePackage = region.packages().get(i);
            update("INSERT INTO catalog_package (id, region_id, position, name, body) VALUES (?, ?, ?, ?, ?)",
                    servicePackage.id(), region.id(), i, servicePackage.name(),
                    json().writeValueAsString(servicePackage));
        }
    }

    private void putMeta(String key, String value) throws SQLException {
        update("INSERT INTO catalog_meta (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value", key, value);
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** One region and the abbreviations: all a kiosk needs, in a quarter of the time of {@link #load}. */
    public synchronized Catalog loadRegion(String regionId) {
        try {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, name, body FROM catalog_region WHERE id = ?")) {
                statement.setString(1, regionId);
                try (ResultSet rows = statement.executeQuery()) {
                    List<Region> regions = new ArrayList<>();
                    if (rows.next()) {
                        regions.add(loadRegion(rows.getString(1), rows.getString(2), rows.getString(3)));
                    }
                    return new Catalog(regions, abbreviations(), rules(regionId));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new CatalogStoreException("cannot read region " + regionId + " from " + file, e);
        }
    }

    /**
     * The region's eligibility rules as the catalog holds them; a region without rule sets has an empty book.
     *
     * @throws CatalogStoreException when a rule set cannot be read (a row is checked before it is written, so
     *                               only a store edited by hand gets here)
     */
    public synchronized RuleBook ruleBook(String regionId) {
        try {
            return RuleRows.ruleBook(regionId, rules(regionId).ruleSets());
        } catch (SQLException | RuleRows.InvalidRuleRowException e) {
            throw new CatalogStoreException("cannot read the rules of " + regionId + " from " + file, e);
        }
    }

    /** The holiday calendar the catalog holds, for counting working days; it knows no year before the first import. */
    public synchronized HolidayCalendar holidayCalendar() {
        try {
            return RuleRows.calendar(rules(null).holidayYears());
        } catch (SQLException | RuleRows.InvalidRuleRowException e) {
            throw new CatalogStoreException("cannot read the holiday calendar from " + file, e);
        }
    }

    /** The rule sets of one region ({@code null}: of every region, in region order) and every holiday year. */
    private CatalogRules rules(String regionId) throws SQLException {
        List<CatalogRules.RuleSetText> ruleSets = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT s.region_id, s.key, s.body FROM catalog_rule_set s JOIN catalog_region r ON r.id = s.region_id"
                        + " WHERE ? IS NULL OR s.region_id = ? ORDER BY r.position, s.position")) {
            statement.setString(1, regionId);
            statement.setString(2, regionId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ruleSets.add(new CatalogRules.RuleSetText(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        List<CatalogRules.HolidayYearText> years = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT year, body FROM catalog_holiday_year ORDER BY position, year");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                years.add(new CatalogRules.HolidayYearText(rows.getInt(1), rows.getString(2)));
            }
        }
        return new CatalogRules(ruleSets, years);
    }

    /** A region's name and self-service items, from plain columns: the home screen without JSON. */
    public synchronized java.util.Optional<RegionOutline> outline(String regionId) {
        try (PreparedStatement region = connection.prepareStatement("SELECT name FROM catalog_region WHERE id = ?");
             PreparedStatement items = connection.prepareStatement(
                     "SELECT id, name FROM catalog_item WHERE region_id = ? AND self_service = 1 ORDER BY position")) {
            region.setString(1, regionId);
            String name;
            try (ResultSet rows = region.executeQuery()) {
                if (!rows.next()) {
                    return java.util.Optional.empty();
                }
                name = rows.getString(1);
            }
            items.setString(1, regionId);
            List<RegionOutline.ItemHeading> headings = new ArrayList<>();
            try (ResultSet rows = items.executeQuery()) {
                while (rows.next()) {
                    headings.add(new RegionOutline.ItemHeading(rows.getString(1), rows.getString(2)));
                }
            }
            return java.util.Optional.of(new RegionOutline(regionId, name, headings));
        } catch (SQLException e) {
            throw new CatalogStoreException("cannot read the outline of region " + regionId + " from " + file, e);
        }
    }

    /** The ids of the regions held, without reading their contents. */
    public synchronized List<String> regionIds() {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM catalog_region ORDER BY position");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new CatalogStoreException("cannot read the regions of " + file, e);
        }
    }

    public synchronized Catalog load() {
        try {
            List<Region> regions = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, name, body FROM catalog_region ORDER BY position");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    regions.add(loadRegion(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            return new Catalog(regions, abbreviations(), rules(null));
        } catch (SQLException | JsonProcessingException e) {
            throw new CatalogStoreException("cannot read the catalog from " + file, e);
        }
    }

    private List<Abbreviation> abbreviations() throws SQLException {
        List<Abbreviation> abbreviations = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT abbreviation, full_form, evidence FROM catalog_abbreviation ORDER BY position");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                abbreviations.add(new Abbreviation(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return abbreviations;
    }

    private Region loadRegion(String id, String name, String body) throws SQLException, JsonProcessingException {
        RegionDetails details = json().readValue(body, RegionDetails.class);
        return new Region(id, name, details.sources(),
                bodies("SELECT body FROM catalog_office WHERE region_id = ? ORDER BY position", id, Office.class),
                details.categories(),
                bodies("SELECT body FROM catalog_item WHERE region_id = ? ORDER BY position", id, Item.class),
                bodies("SELECT body FROM catalog_package WHERE region_id = ? ORDER BY position", id,
                        ServicePackage.class),
                details.unlinkedProhibitions(),
                details.discrepancies());
    }

    private <T> List<T> bodies(String sql, String regionId, Class<T> type) throws SQLException, JsonProcessingException {
        List<T> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, regionId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(json().readValue(rows.getString(1), type));
                }
            }
        }
        return result;
    }

    /** The version of the catalog held, or empty when none was imported yet. */
    public synchronized java.util.Optional<String> version() {
        try {
            return java.util.Optional.ofNullable(meta("version"));
        } catch (SQLException e) {
            throw new CatalogStoreException("cannot read the catalog version from " + file, e);
        }
    }

    public synchronized StoreSummary summary() {
        try {
            List<StoreSummary.RegionCount> regions = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT r.id, r.name,
                           (SELECT count(*) FROM catalog_item i WHERE i.region_id = r.id),
                           (SELECT count(*) FROM catalog_item i WHERE i.region_id = r.id AND i.self_service = 1),
                           (SELECT count(*) FROM catalog_office o WHERE o.region_id = r.id),
                           (SELECT count(*) FROM catalog_package p WHERE p.region_id = r.id)
                    FROM catalog_region r ORDER BY r.position""");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    regions.add(new StoreSummary.RegionCount(rows.getString(1), rows.getString(2), rows.getInt(3),
                            rows.getInt(4), rows.getInt(5), rows.getInt(6)));
                }
            }
            String importedAt = meta("imported_at");
            return new StoreSummary(file, schemaVersion(connection), importedAt == null ? null : Instant.parse(importedAt),
                    meta("origin"), regions);
        } catch (SQLException e) {
            throw new CatalogStoreException("cannot read the catalog summary from " + file, e);
        }
    }

    /**
     * The version Flyway last applied, or null on a new database. Reading it is cheap; running Flyway
     * to find that nothing is to be done costs the kiosk's start ~0.4 s.
     */
    private static String schemaVersion(Connection connection) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'");
             ResultSet table = exists.executeQuery()) {
            if (!table.next()) {
                return null;
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"
                        + " ORDER BY installed_rank DESC LIMIT 1");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private String meta(String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT value FROM catalog_meta WHERE key = ?")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            log().warn("Closing the catalog database {} failed: {}", file, e.getMessage());
        }
    }
}
