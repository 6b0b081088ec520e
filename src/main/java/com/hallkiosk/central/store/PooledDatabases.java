package com.hallkiosk.central.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Opens a Hikari pool, turning its start-up failure into a message that names the database. */
final class PooledDatabases {
    private PooledDatabases() {
    }

    static HikariDataSource open(HikariConfig config, String what) {
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new CentralStoreException("cannot connect to " + what + ": " + cause.getMessage(), e);
        }
    }
}
