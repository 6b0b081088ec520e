package com.hallkiosk.central.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded default: one SQLite file in WAL mode (readers never wait for the writer) with a busy
 * timeout (writers wait their turn instead of failing), behind a small pool. One central process only:
 * several processes over one database is what {@link PostgresCentralDatabase} is for.
 */
public final class SqliteCentralDatabase implements CentralDatabase {
    static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final int POOL_SIZE = 8;

    private final Path file;
    private final HikariDataSource pool;

    private SqliteCentralDatabase(Path file, HikariDataSource pool) {
        this.file = file;
        this.pool = pool;
    }

    public static SqliteCentralDatabase open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new CentralStoreException("cannot make the directory of " + absolute, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + absolute);

        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("central-sqlite");
        hikari.setDataSource(sqlite);
        hikari.setMaximumPoolSize(POOL_SIZE);
        hikari.setConnectionTimeout(BUSY_TIMEOUT_MILLIS);
        HikariDataSource pool = PooledDatabases.open(hikari, "the SQLite database " + absolute);
        try {
            CentralMigrations.migrate(pool, Dialect.SQLITE);
        } catch (RuntimeException e) {
            pool.close();
            throw new CentralStoreException("cannot migrate the SQLite database " + absolute + ": " + e.getMessage(), e);
        }
        return new SqliteCentralDatabase(absolute, pool);
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public String describe() {
        return "SQLite " + file;
    }

    @Override
    public void close() {
        pool.close();
    }
}
