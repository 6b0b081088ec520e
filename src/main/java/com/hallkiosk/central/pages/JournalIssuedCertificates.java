package com.hallkiosk.central.pages;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The certificates in the central's journal: an entry whose reference is the number, from a print that
 * succeeded (a failed print produced no paper to verify). The earliest wins should a kiosk have journaled
 * the same number twice.
 */
public final class JournalIssuedCertificates implements IssuedCertificates {
    private static final int QUERY_TIMEOUT_SECONDS = 10;
    private static final String SELECT = "SELECT reference, operation, person_id, person_name, at_millis, kiosk_id"
            + " FROM journal_entry WHERE reference = ? AND outcome = 'SUCCEEDED' ORDER BY at_millis, entry_id LIMIT 1";

    private final DataSource database;

    public JournalIssuedCertificates(DataSource database) {
        this.database = database;
    }

    @Override
    public Optional<IssuedCertificate> find(String number) {
        try (Connection connection = database.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            select.setString(1, number);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IssuedCertificate(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), Instant.ofEpochMilli(row.getLong(5)), row.getString(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up certificate " + number + " in the journal", e);
        }
    }
}
