package com.hallkiosk.central.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/**
 * Production: PostgreSQL behind a pool. Several central processes may share it; each migrates at start
 * (Flyway takes an advisory lock, so two starting at once do not both apply a migration).
 */
public final class PostgresCentralDatabase implements CentralDatabase {
    private static final int POOL_SIZE = 16;
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    /** Longest a single statement may wait on the network: no request should hang a worker for longer. */
    private static final int SOCKET_TIMEOUT_SECONDS = 30;

    private final PostgresUrl url;
    private final HikariDataSource pool;

    private PostgresCentralDatabase(PostgresUrl url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
    }

    public static PostgresCentralDatabase open(PostgresUrl url) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("central-postgresql");
        hikari.setJdbcUrl(url.jdbcUrl());
        if (url.user() != null) {
            hikari.setUsername(url.user());
        }
        if (url.password() != null) {
            hikari.setPassword(url.password());
        }
        hikari.addDataSourceProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        hikari.addDataSourceProperty("socketTimeout", SOCKET_TIMEOUT_SECONDS);
        hikari.addDataSourceProperty("ApplicationName", "hall-kiosk central");
        hikari.setMaximumPoolSize(POOL_SIZE);
        hikari.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 2_000L);
        HikariDataSource pool = PooledDatabases.open(hikari, url.describe());
        try {
            CentralMigrations.migrate(pool, Dialect.POSTGRESQL);
        } catch (RuntimeException e) {
            pool.close();
            throw new CentralStoreException("cannot migrate " + url.describe() + ": " + e.getMessage(), e);
        }
        return new PostgresCentralDatabase(url, pool);
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public String describe() {
        return url.describe();
    }

    @Override
    public void close() {
        pool.close();
    }
}
