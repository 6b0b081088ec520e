package com.hallkiosk.business;

import com.hallkiosk.business.jdbc.BusinessDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one place the business tests get their database from: by default a migrated SQLite file in a temp
 * directory, set up as the central sets it up (WAL, a busy timeout so two writers wait rather than fail,
 * foreign keys). With {@code -Dbusiness.test.postgresql=jdbc:postgresql://host:port/db?user=…} (and the
 * PostgreSQL driver and Flyway's PostgreSQL module on the test classpath) each database is instead a fresh
 * schema there, so the same tests run on PostgreSQL; the storage work will make that a regular parameter.
 */
public final class BusinessTestDatabase {
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final String POSTGRESQL = "business.test.postgresql";

    private BusinessTestDatabase() {
    }

    public static DataSource migrated(Path directory) {
        String postgresql = System.getProperty(POSTGRESQL);
        DataSource dataSource = postgresql == null ? sqlite(directory) : freshPostgresqlSchema(postgresql);
        BusinessDatabase.migrate(dataSource);
        return dataSource;
    }

    private static DataSource sqlite(Path directory) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + directory.resolve("business.db"));
        return dataSource;
    }

    /** Reflection, so the PostgreSQL driver is needed only when this runs, not to compile. */
    private static DataSource freshPostgresqlSchema(String url) {
        String schema = "business_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            DataSource dataSource = (DataSource) Class.forName("org.postgresql.ds.PGSimpleDataSource")
                    .getConstructor().newInstance();
            dataSource.getClass().getMethod("setURL", String.class).invoke(dataSource, url);
            dataSource.getClass().getMethod("setCurrentSchema", String.class).invoke(dataSource, schema);
            return dataSource;
        } catch (SQLException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a PostgreSQL schema for a test", e);
        }
    }
}
