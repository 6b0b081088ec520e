package com.hallkiosk.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The kiosk's journal outbox, a SQLite file: a transaction is appended here, durably (the write is on
 * disk when {@link #append} returns, even if the power goes next), before the kiosk tells the citizen it
 * is done; it is removed only once the central has acknowledged it. A kiosk killed at any moment
 * therefore loses nothing, and sends again what it may already have sent: the central stores by entry id.
 */
public final class JournalOutbox implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final Connection connection;
    private final JournalCodec codec = new JournalCodec();

    private JournalOutbox(Connection connection) {
        this.connection = connection;
    }

    public static JournalOutbox open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: a committed append survives a power cut, not only a crash of the process.
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
            SQLiteDataSource dataSource = new SQLiteDataSource(config);
            dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            Flyway.configure().dataSource(dataSource).locations("classpath:db/outbox").loggers("slf4j").load().migrate();
            return new JournalOutbox(dataSource.getConnection());
        } catch (IOException | SQLException | RuntimeException e) {
            throw new JournalStoreException("cannot open the journal outbox " + file, e);
        }
    }

    /** Appends {@code entry}; an entry already in the outbox (same id) is not added twice. */
    public synchronized void append(JournalEntry entry) {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO outbox_entry (entry_id, body) VALUES (?, ?) ON CONFLICT (entry_id) DO NOTHING")) {
            insert.setString(1, entry.entryId());
            insert.setString(2, codec.entry(entry));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new JournalStoreException("cannot append to the journal outbox", e);
        }
    }

    /** The oldest {@code limit} entries not yet acknowledged, oldest first. */
    public synchronized List<JournalEntry> oldest(int limit) {
        List<JournalEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT body FROM outbox_entry ORDER BY seq LIMIT ?")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(codec.entry(rows.getString(1)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new JournalStoreException("cannot read the journal outbox", e);
        }
    }

    /** Forgets the entries the central has acknowledged, all or none. */
    public synchronized void acknowledge(Collection<String> entryIds) {
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM outbox_entry WHERE entry_id = ?")) {
                for (String entryId : entryIds) {
                    delete.setString(1, entryId);
                    delete.addBatch();
                }
                delete.executeBatch();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new JournalStoreException("cannot acknowledge journal entries", e);
        }
    }

    /** How many entries wait for the central. */
    public synchronized int pending() {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM outbox_entry");
             ResultSet row = count.executeQuery()) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw new JournalStoreException("cannot count the journal outbox", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new JournalStoreException("cannot close the journal outbox", e);
        }
    }
}
