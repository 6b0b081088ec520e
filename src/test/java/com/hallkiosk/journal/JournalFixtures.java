package com.hallkiosk.journal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** A central journal database on a SQLite file, and entries to put in it. */
final class JournalFixtures {
    static final PersonKeys KEYS = new PersonKeys("test-only-person-key-0001".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    static final MaskedPerson ZHANG = KEYS.mask("210302197905140236", "张三");

    private JournalFixtures() {
    }

    static DataSource centralDatabase(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(10_000);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/central/journal").loggers("slf4j").load().migrate();
        return dataSource;
    }

    /** Entry {@code index} of a kiosk's deterministic sequence: the same id for the same kiosk and index. */
    static JournalEntry entry(String kioskId, int index) {
        String id = UUID.nameUUIDFromBytes((kioskId + "/" + index).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        return new JournalEntry(id, kioskId, Instant.ofEpochSecond(1_790_000_000L + index), "anshan-tiedong-27",
                "loss-report-temporary", JournalEntry.Outcome.SUCCEEDED, ZHANG, "", "临时挂失 receipt " + index);
    }

    static List<JournalEntry> entries(String kioskId, int from, int count) {
        List<JournalEntry> entries = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            entries.add(entry(kioskId, i));
        }
        return entries;
    }
}
