package com.hallkiosk.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * The central's journal, on its database (SQLite or PostgreSQL, the same SQL): stores each batch of a
 * kiosk in one transaction, each entry once. Entries are inserted with {@code ON CONFLICT DO NOTHING} on
 * their id, so a batch sent twice, two batches that overlap, or the same batch arriving at two central
 * processes at once store every entry exactly once; no state is kept between requests.
 */
public final class CentralJournal {
    private static final String INSERT_ENTRY = "INSERT INTO journal_entry (entry_id, kiosk_id, at_millis, item, operation,"
            + " outcome, person_id, person_name, person_key, reference, detail, batch_key, received_millis)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entry_id) DO NOTHING";
    private static final String INSERT_BATCH = "INSERT INTO journal_batch (batch_key, kiosk_id, entries, received_millis)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (batch_key) DO NOTHING";

    private static final int QUERY_TIMEOUT_SECONDS = 10;

    private final DataSource database;
    private final Clock clock;

    public CentralJournal(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Stores {@code batch} from {@code kioskId}, the kiosk its TLS certificate names: a batch with another
     * kiosk's entries is refused, so a kiosk can only write its own journal.
     */
    public UploadReceipt receive(String kioskId, UploadBatch batch) {
        if (!batch.kioskId().equals(kioskId)) {
            throw new IllegalArgumentException("kiosk " + kioskId + " sent entries of kiosk " + batch.kioskId());
        }
        long now = clock.millis();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int stored = 0;
                try (PreparedStatement insert = prepared(connection, INSERT_ENTRY)) {
                    for (JournalEntry entry : batch.entries()) {
                        bind(insert, entry, batch.batchKey(), now);
                        stored += insert.executeUpdate();
                    }
                }
                try (PreparedStatement insert = prepared(connection, INSERT_BATCH)) {
                    insert.setString(1, batch.batchKey());
                    insert.setString(2, kioskId);
                    insert.setInt(3, batch.entries().size());
                    insert.setLong(4, now);
                    insert.executeUpdate();
                }
                connection.commit();
                return new UploadReceipt(batch.batchKey(), stored, batch.entries().size() - stored,
                        batch.entries().stream().map(JournalEntry::entryId).toList());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new JournalStoreException("cannot store a journal batch of kiosk " + kioskId, e);
        }
    }

    /** How many entries the journal holds for {@code kioskId}, and how many distinct ones (they are equal). */
    public long count(String kioskId) {
        try (Connection connection = database.getConnection();
             PreparedStatement count = prepared(connection, "SELECT COUNT(*) FROM journal_entry WHERE kiosk_id = ?")) {
            count.setString(1, kioskId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new JournalStoreException("cannot count the journal", e);
        }
    }

    /** The ids of {@code kioskId}'s entries, in the order of their time. */
    public List<String> entryIds(String kioskId) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = prepared(connection, 
                     "SELECT entry_id FROM journal_entry WHERE kiosk_id = ? ORDER BY at_millis, entry_id")) {
            select.setString(1, kioskId);
            java.util.ArrayList<String> ids = new java.util.ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new JournalStoreException("cannot read the journal", e);
        }
    }

    private static void bind(PreparedStatement insert, JournalEntry entry, String batchKey, long now) throws SQLException {
        insert.setString(1, entry.entryId());
        insert.setString(2, entry.kioskId());
        insert.setLong(3, entry.at().toEpochMilli());
        insert.setString(4, entry.item());
        insert.setString(5, entry.operation());
        insert.setString(6, entry.outcome().name());
        insert.setString(7, entry.person().idNumber());
        insert.setString(8, entry.person().name());
        insert.setString(9, entry.person().key());
        insert.setString(10, entry.reference());
        insert.setString(11, entry.detail());
        insert.setString(12, batchKey);
        insert.setLong(13, now);
    }

    /** A statement bounded in time: a database that hangs fails the request instead of holding it. */
    private static PreparedStatement prepared(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
        return statement;
    }
}
