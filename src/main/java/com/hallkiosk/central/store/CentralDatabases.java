package com.hallkiosk.central.store;

import java.nio.file.Path;

/** Opens the central database a {@code --db} value names: a {@code postgresql://} URL, or a SQLite file. */
public final class CentralDatabases {
    private CentralDatabases() {
    }

    /** {@code postgresql://user:password@host:port/db}, {@code sqlite:FILE}, or a plain file path (SQLite). */
    public static CentralDatabase open(String url) {
        if (PostgresUrl.accepts(url)) {
            return PostgresCentralDatabase.open(PostgresUrl.parse(url));
        }
        if (url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("give --db as postgresql://user:password@host:port/db or a SQLite"
                    + " file, not a JDBC URL");
        }
        return SqliteCentralDatabase.open(Path.of(url.startsWith("sqlite:") ? url.substring("sqlite:".length()) : url));
    }
}
