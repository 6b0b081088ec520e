package com.hallkiosk.central.store;

import javax.sql.DataSource;

/**
 * The central's database, whichever it is: a pooled {@link DataSource} already migrated to the latest
 * schema of every central feature, and its {@link Dialect}. Handlers borrow a connection per request
 * and give it back; nothing is kept between requests.
 */
public interface CentralDatabase extends AutoCloseable {
    DataSource dataSource();

    Dialect dialect();

    /** Where it is, for messages: a file, or a PostgreSQL host and database, never a password. */
    String describe();

    @Override
    void close();
}
