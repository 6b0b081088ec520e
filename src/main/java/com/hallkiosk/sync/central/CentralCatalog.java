package com.hallkiosk.sync.central;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.store.CatalogChangeSet;
import com.hallkiosk.catalog.store.CatalogRow;
import com.hallkiosk.catalog.store.CatalogRows;
import com.hallkiosk.catalog.store.RowKind;
import com.hallkiosk.catalog.store.RuleRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The central's versioned catalog (tables of db/central/catalog). One version counter for the whole
 * catalog rather than one per region: the abbreviations belong to every region, an operator's change
 * may touch several regions and still is one version, and publishes are rare, so one row to serialise
 * on costs nothing. A kiosk still sees only its region: a region's version is the newest version that
 * changed it (or the abbreviations), so a publish elsewhere does not disturb its 304.
 *
 * <p>Stateless: every call takes a connection from the data source, so several central processes can
 * share one database.
 */
public final class CentralCatalog {
    private static final int QUERY_TIMEOUT_SECONDS = 30;

    private final DataSource dataSource;
    private final Clock clock;
    private final ObjectMapper json;

    public CentralCatalog(DataSource dataSource, Clock clock, ObjectMapper json) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Makes the central catalog what the curated catalog says, as one publish: the rows that differ
     * are written, the rows it no longer has are deleted. Importing the same catalog again publishes
     * nothing and returns the current version.
     */
    public long importCatalog(Catalog catalog) {
        List<CatalogRow> wanted = new CatalogRows(json).of(catalog);
        Map<CatalogRow.RowId, CatalogRow> live = new HashMap<>();
        for (CatalogRow row : liveRows()) {
            live.put(row.id(), row);
        }
        List<CatalogRow> upserts = new ArrayList<>();
        for (CatalogRow row : wanted) {
            if (!row.equals(live.remove(row.id()))) {
                upserts.add(row);
            }
        }
        List<CatalogRow.RowId> deletes = new ArrayList<>(live.keySet());
        if (upserts.isEmpty() && deletes.isEmpty()) {
            return version();
        }
        return publish(new CatalogChange(upserts, deletes));
    }

    /**
     * Applies an operator's change in one transaction under a new version, which it returns. The
     * version row is written first, so a concurrent publish (another thread or process) waits on it
     * and then takes the next number.
     */
    public long publish(CatalogChange change) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                update(connection, "UPDATE catalog_version SET version = version + 1 WHERE id = 1");
                long version = queryLong(connection, "SELECT version FROM catalog_version WHERE id = 1");
                long now = clock.millis();
                Map<CatalogRow.RowId, CatalogRow> current = currentRows(connection, change);
                Set<String> scopes = new HashSet<>();
                for (CatalogRow.RowId id : change.deletes()) {
                    CatalogRow row = current.get(id);
                    if (row == null || row.isDelete()) {
                        throw new CatalogPublishException("cannot delete " + describe(id) + ": there is no such row");
                    }
                    tombstone(connection, id, version, now);
                    scopes.add(row.scope());
                    if (id.kind() == RowKind.REGION) {
                        update(connection, "UPDATE catalog_row SET body = NULL, version = ?, changed_at = ?"
                                + " WHERE scope = ? AND body IS NOT NULL", version, now, id.key());
                    }
                }
                Set<String> liveRegions = liveRegions(connection);
                for (CatalogRow row : change.upserts()) {
                    check(row, current.get(row.id()), liveRegions, change);
                    upsert(connection, row, version, now);
                    scopes.add(row.scope());
                }
                for (String scope : scopes) {
                    update(connection, "INSERT INTO catalog_scope_version (scope, version) VALUES (?, ?)"
                            + " ON CONFLICT (scope) DO UPDATE SET version = excluded.version", scope, version);
                }
                connection.commit();
                return version;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CatalogPublishException("cannot publish the catalog change", e);
        }
    }

    private void check(CatalogRow row, CatalogRow existing, Set<String> liveRegions, CatalogChange change) {
        switch (row.kind()) {
            case REGION -> require(row.scope().equals(row.key()), row, "a region's scope is its own id");
            case ABBREVIATION, HOLIDAYS -> require(row.scope().equals(RowKind.GLOBAL_SCOPE), row,
                    "a " + row.kind().wireName() + " row's scope is " + RowKind.GLOBAL_SCOPE);
            case OFFICE -> require(row.key().equals(CatalogRow.officeKey(row.scope(), row.position())), row,
                    "an office's key is its region and position");
            default -> { }
        }
        if (!row.kind().global() && row.kind() != RowKind.REGION) {
            boolean regionAfterChange = change.upserts().stream().anyMatch(
                    r -> r.kind() == RowKind.REGION && r.key().equals(row.scope()))
                    || liveRegions.contains(row.scope())
                    && !change.deletes().contains(new CatalogRow.RowId(RowKind.REGION, row.scope()));
            require(regionAfterChange, row, "its region " + row.scope() + " does not exist");
        }
        // A row that moves to another region would stay behind on the old region's kiosks.
        require(existing == null || existing.scope().equals(row.scope()), row,
                "it belongs to " + (existing == null ? "" : existing.scope()) + "; delete it and add a new row");
        try {
            json.readTree(row.body());
        } catch (JsonProcessingException e) {
            throw new CatalogPublishException("cannot publish " + describe(row.id()) + ": its body is not JSON");
        }
        try {
            RuleRows.check(row);
        } catch (RuleRows.InvalidRuleRowException e) {
            throw new CatalogPublishException("cannot publish " + e.getMessage());
        }
    }

    private static void require(boolean condition, CatalogRow row, String why) {
        if (!condition) {
            throw new CatalogPublishException("cannot publish " + describe(row.id()) + ": " + why);
        }
    }

    private static String describe(CatalogRow.RowId id) {
        return id.kind().wireName() + " " + id.key();
    }

    /**
     * The changes of a region since {@code since}: not modified when the kiosk is current; a snapshot
     * when it has nothing yet (0), is ahead of the central (its database was replaced), or is behind
     * tombstones already pruned.
     */
    public ChangesAnswer changesSince(String regionId, long since) {
        Objects.requireNonNull(regionId, "regionId");
        try (Connection connection = dataSource.getConnection()) {
            long current = regionVersion(connection, regionId);
            long prunedThrough = queryLong(connection, "SELECT pruned_through FROM catalog_version WHERE id = 1");
            if (since == current) {
                return new ChangesAnswer.NotModified(regionId, current, ChangesAnswer.etag(regionId, current));
            }
            if (since > 0 && since < current && since >= prunedThrough) {
                CatalogChangeSet changes = rowsOf(connection, regionId, since, current, false);
                // A prune that ran meanwhile may have taken a tombstone the kiosk needed.
                if (queryLong(connection, "SELECT pruned_through FROM catalog_version WHERE id = 1") <= since) {
                    return new ChangesAnswer.Changes(changes, ChangesAnswer.etag(regionId, changes.toVersion()));
                }
            }
            CatalogChangeSet snapshot = rowsOf(connection, regionId, 0, current, true);
            return new ChangesAnswer.Changes(snapshot, ChangesAnswer.etag(regionId, snapshot.toVersion()));
        } catch (SQLException e) {
            throw new CatalogPublishException("cannot read the catalog changes of " + regionId, e);
        }
    }

    /**
     * One statement reads the rows, so they are one committed state; the answer's version is the newest
     * of the region's version read before and the rows' own, so a publish that committed in between is
     * neither lost nor sent under an older number.
     */
    private CatalogChangeSet rowsOf(Connection connection, String regionId, long since, long current,
                                    boolean snapshot) throws SQLException {
        List<CatalogRow> upserts = new ArrayList<>();
        List<CatalogRow> deletes = new ArrayList<>();
        long toVersion = current;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT kind, row_key, scope, position, body, version FROM catalog_row"
                        + " WHERE scope IN (?, ?) AND version > ? ORDER BY version, kind, position")) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.setString(1, regionId);
            statement.setString(2, RowKind.GLOBAL_SCOPE);
            statement.setLong(3, since);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    CatalogRow row = row(rows);
                    toVersion = Math.max(toVersion, rows.getLong(6));
                    if (!row.isDelete()) {
                        upserts.add(row);
                    } else if (!snapshot) {
                        deletes.add(row);
                    }
                }
            }
        }
        return new CatalogChangeSet(regionId, snapshot, snapshot ? 0 : since, toVersion, upserts, deletes);
    }

    /** The newest version that changed a region or the rows every region uses; 0 before the first. */
    public long regionVersion(String regionId) {
        try (Connection connection = dataSource.getConnection()) {
            return regionVersion(connection, regionId);
        } catch (SQLException e) {
            throw new CatalogPublishException("cannot read the catalog version of " + regionId, e);
        }
    }

    private static long regionVersion(Connection connection, String regionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) FROM catalog_scope_version WHERE scope IN (?, ?)")) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.setString(1, regionId);
            statement.setString(2, RowKind.GLOBAL_SCOPE);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Whether a region exists and the version a kiosk holding all of it would be at. */
    public record RegionState(boolean exists, long version) {
    }

    /**
     * The region's existence and version in one statement: the poll with no change (most of a central's
     * traffic) costs one query rather than the three of {@link #hasRegion} then {@link #changesSince}.
     */
    public RegionState regionState(String regionId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT (SELECT COUNT(*) FROM catalog_row WHERE kind = ? AND row_key = ? AND body IS NOT NULL),"
                             + " (SELECT COALESCE(MAX(version), 0) FROM catalog_scope_version WHERE scope IN (?, ?))")) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.setString(1, RowKind.REGION.wireName());
            statement.setString(2, regionId);
            statement.setString(3, regionId);
            statement.setString(4, RowKind.GLOBAL_SCOPE);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new RegionState(rows.getLong(1) > 0, rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new CatalogPublishException("cannot read the state of region " + regionId, e);
        }
    }

    /** Whether the central has the region (published, and not deleted). */
    public boolean hasRegion(String regionId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM catalog_row WHERE kind = ? AND row_key = ? AND body IS NOT NULL")) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.setString(1, RowKind.REGION.wireName());
            statement.setString(2, regionId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new CatalogPublishException("cannot look for region " + regionId, e);
        }
    }

    /** The newest version published, in any region. */
    public long version() {
        try (Connection connection = dataSource.getConnection()) {
            return queryLong(connection, "SELECT version FROM catalog_version WHERE id = 1");
        } catch (SQLException e) {
            throw new CatalogPublishException("cannot read the catalog version", e);
        }
    }

    /**
     * Forgets the tombstones of deletes older than {@code horizon}; kiosks that last synced before the
     * newest of them will get a snapshot. Returns how many were pruned.
     */
    public int pruneTombstones(Duration horizon) {
        long before = clock.millis() - horizon.toMillis();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // The version row first: pruning and publishing take turns on it.
                update(connection, "UPDATE catalog_version SET pruned_through = pruned_through WHERE id = 1");
                long newest = queryLong(connection, "SELECT COALESCE(MAX(version), 0) FROM catalog_row"
                        + " WHERE body IS NULL AND changed_at < ?", before);
                int pruned = update(connection, "DELETE FROM catalog_row WHERE body IS NULL AND changed_at < ?", before);
                update(connection, "UPDATE catalog_version SET pruned_through = ? WHERE id = 1 AND pruned_through < ?",
                        newest, newest);
                connection.commit();
                return pruned;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CatalogPublishException("cannot prune the catalog's tombstones", e);
        }
    }

    /** Every row not deleted, for the import's comparison. */
    private List<CatalogRow> liveRows() {
        List<CatalogRow> result = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT kind, row_key, scope, position, body FROM catalog_row WHERE body IS NOT NULL")) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(row(rows));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new CatalogPublishException("cannot read the central catalog", e);
        }
    }

    private Map<CatalogRow.RowId, CatalogRow> currentRows(Connection connection, CatalogChange change)
            throws SQLException {
        Map<CatalogRow.RowId, CatalogRow> result = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT kind, row_key, scope, position, body FROM catalog_row WHERE kind = ? AND row_key = ?")) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            List<CatalogRow.RowId> ids = new ArrayList<>(change.deletes());
            change.upserts().forEach(row -> ids.add(row.id()));
            for (CatalogRow.RowId id : ids) {
                statement.setString(1, id.kind().wireName());
                statement.setString(2, id.key());
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        result.put(id, row(rows));
                    }
                }
            }
        }
        return result;
    }

    private static Set<String> liveRegions(Connection connection) throws SQLException {
        Set<String> regions = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT row_key FROM catalog_row WHERE kind = ? AND body IS NOT NULL")) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.setString(1, RowKind.REGION.wireName());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    regions.add(rows.getString(1));
                }
            }
        }
        return regions;
    }

    private static CatalogRow row(ResultSet rows) throws SQLException {
        return new CatalogRow(RowKind.fromWire(rows.getString(1)), rows.getString(2), rows.getString(3),
                rows.getInt(4), rows.getString(5));
    }

    private static void upsert(Connection connection, CatalogRow row, long version, long now) throws SQLException {
        update(connection, "INSERT INTO catalog_row (kind, row_key, scope, position, body, version, changed_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, row_key) DO UPDATE SET"
                        + " scope = excluded.scope, position = excluded.position, body = excluded.body,"
                        + " version = excluded.version, changed_at = excluded.changed_at",
                row.kind().wireName(), row.key(), row.scope(), row.position(), row.body(), version, now);
    }

    private static void tombstone(Connection connection, CatalogRow.RowId id, long version, long now)
            throws SQLException {
        update(connection, "UPDATE catalog_row SET body = NULL, version = ?, changed_at = ? WHERE kind = ? AND row_key = ?",
                version, now, id.kind().wireName(), id.key());
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static long queryLong(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("no row for " + sql + " (is the central catalog migrated?)");
                }
                return rows.getLong(1);
            }
        }
    }
}
