package com.hallkiosk.bench;

import com.hallkiosk.catalog.search.PinyinReadings;
import com.hallkiosk.catalog.search.SearchEntry;
import com.hallkiosk.catalog.search.SearchField;
import com.hallkiosk.catalog.search.SearchField.FieldTier;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The baseline the search index is measured against: the same entries in a SQLite table, one column
 * per field tier with its text, and for the tiers the index matches by pinyin, a column of their
 * pinyin (first reading of each character) and one of their initials, searched with a plain
 * {@code LIKE '%q%'} over every column. It does less than the index (one reading per character, no
 * mixing of syllables and initials, no ranking), so the comparison flatters the baseline.
 */
final class LikeScanBaseline implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement query;

    LikeScanBaseline(Path file, List<SearchEntry> entries, PinyinReadings pinyin) throws SQLException {
        List<String> columns = columns();
        connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("CREATE TABLE baseline (position INTEGER PRIMARY KEY, id TEXT NOT NULL, "
                    + columns.stream().map(c -> c + " TEXT NOT NULL").collect(Collectors.joining(", ")) + ")");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO baseline (position, id, "
                + String.join(", ", columns) + ") VALUES (?, ?" + ", ?".repeat(columns.size()) + ")")) {
            for (int i = 0; i < entries.size(); i++) {
                insert.setInt(1, i);
                insert.setString(2, entries.get(i).id());
                int column = 3;
                for (FieldTier tier : FieldTier.values()) {
                    String text = entries.get(i).fields().stream().filter(f -> f.tier() == tier)
                            .map(SearchField::text).collect(Collectors.joining("\n"));
                    insert.setString(column++, text);
                    if (tier.matchesPinyin()) {
                        insert.setString(column++, spelled(text, pinyin, false));
                        insert.setString(column++, spelled(text, pinyin, true));
                    }
                }
                insert.executeUpdate();
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
        query = connection.prepareStatement("SELECT id FROM baseline WHERE "
                + columns.stream().map(c -> c + " LIKE ?1").collect(Collectors.joining(" OR ")) + " ORDER BY position");
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>();
        for (FieldTier tier : FieldTier.values()) {
            String name = tier.name().toLowerCase(java.util.Locale.ROOT);
            columns.add(name);
            if (tier.matchesPinyin()) {
                columns.add(name + "_pinyin");
                columns.add(name + "_initials");
            }
        }
        return columns;
    }

    private static String spelled(String text, PinyinReadings pinyin, boolean initialsOnly) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            String[] readings = pinyin.of(text.charAt(i));
            if (readings.length == 0) {
                out.append(Character.toLowerCase(text.charAt(i)));
            } else {
                out.append(initialsOnly ? readings[0].substring(0, 1) : readings[0]);
            }
        }
        return out.toString();
    }

    int count(String search) throws SQLException {
        query.setString(1, "%" + search + "%");
        int count = 0;
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() throws SQLException {
        query.close();
        connection.close();
    }
}
