package com.hallkiosk.catalog.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes synced rows into the kiosk's tables inside the caller's transaction, taking the plain
 * columns (names, numbers, the self-service flag) from each row's body. Its statements are prepared
 * once per change set: a snapshot writes thousands of rows.
 */
final class RowWriter implements AutoCloseable {
    private final ObjectMapper json;
    private final Map<RowKind, PreparedStatement> upserts = new EnumMap<>(RowKind.class);
    private final Map<RowKind, PreparedStatement> deletes = new EnumMap<>(RowKind.class);

    RowWriter(Connection connection, ObjectMapper json) throws SQLException {
        this.json = json;
        // Deleting a region deletes its rows too (the foreign keys cascade; said again in delete() so that it
        // does not depend on the connection's foreign key setting).
        prepare(connection, RowKind.REGION, "catalog_region", List.of("id"), List.of("position", "name", "body"));
        prepare(connection, RowKind.OFFICE, "catalog_office", List.of("region_id", "position"), List.of("name", "body"));
        prepare(connection, RowKind.ITEM, "catalog_item", List.of("id"), List.of("region_id", "position", "number",
                "category_number", "name", "self_service", "body"));
        prepare(connection, RowKind.PACKAGE, "catalog_package", List.of("id"),
                List.of("region_id", "position", "name", "body"));
        prepare(connection, RowKind.ABBREVIATION, "catalog_abbreviation", List.of("abbreviation"),
                List.of("position", "full_form", "evidence"));
        prepare(connection, RowKind.RULESET, "catalog_rule_set", List.of("key"), List.of("region_id", "position", "body"));
        prepare(connection, RowKind.HOLIDAYS, "catalog_holiday_year", List.of("year"), List.of("position", "body"));
    }

    /**
     * A kind's upsert (its key columns, then the others, in the order {@link #upsert} binds them) and its delete
     * by key.
     */
    private void prepare(Connection connection, RowKind kind, String table, List<String> key, List<String> others)
            throws SQLException {
        List<String> columns = new java.util.ArrayList<>(key);
        columns.addAll(others);
        upserts.put(kind, connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                + ") VALUES (" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
                + ") ON CONFLICT (" + String.join(", ", key) + ") DO UPDATE SET "
                + others.stream().map(column -> column + " = excluded." + column).collect(Collectors.joining(", "))));
        deletes.put(kind, connection.prepareStatement("DELETE FROM " + table + " WHERE "
                + key.stream().map(column -> column + " = ?").collect(Collectors.joining(" AND "))));
    }

    /** @throws IOException when the body is not what its kind needs (a rule row its reader refuses, too) */
    void upsert(CatalogRow row) throws SQLException, IOException {
        JsonNode body = json.readTree(row.body());
        try {
            RuleRows.check(row);
        } catch (RuleRows.InvalidRuleRowException e) {
            throw new IOException(e.getMessage(), e);
        }
        PreparedStatement statement = upserts.get(row.kind());
        switch (row.kind()) {
            case REGION -> bind(statement, row.key(), row.position(), text(body, "name"),
                    json.writeValueAsString(required(body, "details")));
            case OFFICE -> bind(statement, row.scope(), row.position(), text(body, "name"), row.body());
            case ITEM -> bind(statement, row.key(), row.scope(), row.position(), text(body, "number"),
                    body.path("category").path("number").textValue(), text(body, "name"),
                    body.path("selfService").path("allowed").asBoolean(false) ? 1 : 0, row.body());
            case PACKAGE -> bind(statement, row.key(), row.scope(), row.position(), text(body, "name"), row.body());
            case ABBREVIATION -> bind(statement, row.key(), row.position(), text(body, "fullForm"),
                    text(body, "evidence"));
            case RULESET -> bind(statement, row.key(), row.scope(), row.position(), row.body());
            case HOLIDAYS -> bind(statement, year(row), row.position(), row.body());
        }
        statement.executeUpdate();
    }

    void delete(CatalogRow row) throws SQLException {
        PreparedStatement statement = deletes.get(row.kind());
        if (row.kind() == RowKind.OFFICE) {
            bind(statement, row.scope(), row.position());
        } else if (row.kind() == RowKind.HOLIDAYS) {
            bind(statement, year(row));
        } else {
            bind(statement, row.key());
        }
        statement.executeUpdate();
        if (row.kind() == RowKind.REGION) {
            deleteRegionRows(statement.getConnection(), row.key());
        }
    }

    static void deleteRegionRows(Connection connection, String regionId) throws SQLException {
        for (String table : new String[] {"catalog_rule_set", "catalog_package", "catalog_item", "catalog_office"}) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE region_id = ?")) {
                statement.setString(1, regionId);
                statement.executeUpdate();
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM catalog_region WHERE id = ?")) {
            statement.setString(1, regionId);
            statement.executeUpdate();
        }
    }

    /** A holiday row's key as the year column holds it; a delete's key is not checked elsewhere. */
    private static int year(CatalogRow row) throws SQLException {
        try {
            return Integer.parseInt(row.key());
        } catch (NumberFormatException e) {
            throw new SQLException("a holiday year's key is not a year: " + row.key(), e);
        }
    }

    private static JsonNode required(JsonNode body, String field) throws IOException {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw new IOException("a catalog row's body has no " + field);
        }
        return value;
    }

    private static String text(JsonNode body, String field) throws IOException {
        JsonNode value = required(body, field);
        if (!value.isTextual()) {
            throw new IOException("a catalog row's " + field + " is not text");
        }
        return value.textValue();
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : upserts.values()) {
            statement.close();
        }
        for (PreparedStatement statement : deletes.values()) {
            statement.close();
        }
    }
}
