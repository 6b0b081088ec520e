package com.hallkiosk.business;

import com.hallkiosk.business.jdbc.BusinessDatabase;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one place the business tests get their database from: a migrated SQLite file in a temp directory,
 * set up as the central sets it up (WAL, a busy timeout so two writers wait rather than fail, foreign keys).
 * A later change makes this choose PostgreSQL too and parameterises the tests over both.
 */
public final class BusinessTestDatabase {
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private BusinessTestDatabase() {
    }

    public static DataSource migrated(Path directory) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + directory.resolve("business.db"));
        BusinessDatabase.migrate(dataSource);
        return dataSource;
    }
}
