package com.hallkiosk.central.pages;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The operators who may sign in to the central's pages, in its database: passwords stored hashed
 * ({@link PasswordHash}), and after {@value #MAX_FAILURES} wrong passwords in a row an account is locked
 * for {@link #LOCKOUT}, counted in the database so that every central process counts the same attempts.
 */
public final class OperatorAccounts {
    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final int QUERY_TIMEOUT_SECONDS = 10;

    private final DataSource database;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Compared against when the name is unknown, so that a wrong name takes as long as a wrong password. */
    private final String decoy;

    public OperatorAccounts(DataSource database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.decoy = PasswordHash.hash("decoy".toCharArray(), random);
    }

    /** How a sign-in ended. */
    public enum SignIn { SIGNED_IN, WRONG_NAME_OR_PASSWORD, LOCKED }

    /** Adds operator {@code name} with this password unless there already is one by that name; true when added. */
    public boolean addIfMissing(String name, char[] password) {
        requireName(name);
        try (Connection connection = database.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO operator_account (name, password_hash,"
                     + " failed_attempts, locked_until_millis) VALUES (?, ?, 0, 0) ON CONFLICT (name) DO NOTHING")) {
            insert.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            insert.setString(1, name);
            insert.setString(2, PasswordHash.hash(password, random));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add operator " + name, e);
        }
    }

    /** Checks a sign-in; a locked account is refused without looking at the password. */
    public SignIn signIn(String name, char[] password) {
        Instant now = clock.instant();
        try (Connection connection = database.getConnection()) {
            String stored;
            long lockedUntil;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT password_hash, locked_until_millis FROM operator_account WHERE name = ?")) {
                select.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                select.setString(1, name);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        PasswordHash.matches(password, decoy);
                        return SignIn.WRONG_NAME_OR_PASSWORD;
                    }
                    stored = row.getString(1);
                    lockedUntil = row.getLong(2);
                }
            }
            if (lockedUntil > now.toEpochMilli()) {
                return SignIn.LOCKED;
            }
            if (PasswordHash.matches(password, stored)) {
                update(connection, "UPDATE operator_account SET failed_attempts = 0 WHERE name = ?", name);
                return SignIn.SIGNED_IN;
            }
            // One statement, so that attempts at two centrals at once are both counted; the count restarts
            // once it has locked the account.
            try (PreparedStatement fail = connection.prepareStatement("UPDATE operator_account SET"
                    + " locked_until_millis = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until_millis END,"
                    + " failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 END"
                    + " WHERE name = ?")) {
                fail.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                fail.setInt(1, MAX_FAILURES);
                fail.setLong(2, now.plus(LOCKOUT).toEpochMilli());
                fail.setInt(3, MAX_FAILURES);
                fail.setString(4, name);
                fail.executeUpdate();
            }
            return SignIn.WRONG_NAME_OR_PASSWORD;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the sign-in of operator " + name, e);
        }
    }

    private static void update(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            statement.setString(1, name);
            statement.executeUpdate();
        }
    }

    private static void requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an operator name is 1 to 64 lower-case letters, digits, '.', '_' and '-'");
        }
    }
}
