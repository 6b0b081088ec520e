package com.hallkiosk.business.jdbc;

import com.hallkiosk.business.BusinessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The business tables behind a {@link DataSource}: migrations, and a connection per unit of work with a
 * timeout on every statement. Any {@link SQLException} becomes {@link BusinessException.Unavailable}: the
 * caller cannot tell a full disk from a lost connection, and sends the person to a window either way.
 */
public final class BusinessDatabase {
    /** Where the business migrations live, V100 and up; the central's own Flyway run may include this folder. */
    public static final String MIGRATIONS = "classpath:db/central/business";
    static final int QUERY_TIMEOUT_SECONDS = 10;

    private final DataSource dataSource;

    public BusinessDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Applies the business migrations alone. Migrations of other central areas recorded in the same history
     * table are left alone ({@code *:missing}), so this and a central-wide run can share one database.
     */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .ignoreMigrationPatterns("*:missing")
                .loggers("slf4j")
                .load()
                .migrate();
    }

    /** Work on one connection in auto-commit: each statement its own transaction. */
    <T> T read(Work<T> work) throws BusinessException {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new BusinessException.Unavailable("the business database did not answer", e);
        }
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException, BusinessException;
    }
}
