package com.hallkiosk.bench;

import com.hallkiosk.catalog.search.PinyinReadings;
import com.hallkiosk.catalog.search.SearchEntry;
import com.hallkiosk.catalog.search.SearchField;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The baseline the search index is measured against: the same entries in a SQLite table, each tier's
 * text beside its pinyin (first reading of each character) and its initials, searched with a plain
 * {@code LIKE '%q%'} over every column. It does less than the index (one reading per character, no
 * mixing of syllables and initials, no ranking), so the comparison flatters the baseline.
 */
final class LikeScanBaseline implements AutoCloseable {
    private static final String COLUMNS = "name, name_pinyin, name_initials, material, material_pinyin,"
            + " material_initials, detail, detail_pinyin, detail_initials";

    private final Connection connection;
    private final PreparedStatement query;

    LikeScanBaseline(Path file, List<SearchEntry> entries, PinyinReadings pinyin) throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("DROP TABLE IF EXISTS baseline");
            statement.execute("CREATE TABLE baseline (position INTEGER PRIMARY KEY, id TEXT, " + COLUMNS.replace(",", " TEXT,") + " TEXT)");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO baseline (position, id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < entries.size(); i++) {
                insert.setInt(1, i);
                insert.setString(2, entries.get(i).id());
                int column = 3;
                for (SearchField.FieldTier tier : SearchField.FieldTier.values()) {
                    String text = entries.get(i).fields().stream().filter(f -> f.tier() == tier)
                            .map(SearchField::text).collect(Collectors.joining("\n"));
                    insert.setString(column++, text);
                    insert.setString(column++, spelled(text, pinyin, false));
                    insert.setString(column++, spelled(text, pinyin, true));
                }
                insert.executeUpdate();
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
        String where = String.join(" OR ", java.util.Arrays.stream(COLUMNS.split(", ")).map(c -> c + " LIKE ?1").toList());
        query = connection.prepareStatement("SELECT id FROM baseline WHERE " + where + " ORDER BY position");
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
