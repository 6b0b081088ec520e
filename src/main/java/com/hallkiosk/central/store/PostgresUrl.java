package com.hallkiosk.central.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A {@code postgresql://user:password@host:port/database} URL (the libpq form operators know), as the
 * JDBC URL, user and password the driver wants.
 */
public record PostgresUrl(String host, int port, String database, String user, String password) {
    private static final int DEFAULT_PORT = 5432;

    public static boolean accepts(String url) {
        return url.startsWith("postgresql://") || url.startsWith("postgres://");
    }

    public static PostgresUrl parse(String url) {
        if (!accepts(url)) {
            throw new IllegalArgumentException("not a postgresql:// URL");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a PostgreSQL URL is postgresql://user:password@host:port/database"
                    + " (special characters in the password %-encoded)");
        }
        String database = uri.getRawPath() == null ? "" : decode(uri.getRawPath().replaceFirst("^/", ""));
        if (uri.getHost() == null || database.isEmpty()) {
            throw new IllegalArgumentException("a PostgreSQL URL is postgresql://user:password@host:port/database");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        return new PostgresUrl(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, user,
                password);
    }

    public String jdbcUrl() {
        String host = this.host.contains(":") && !this.host.startsWith("[") ? "[" + this.host + "]" : this.host;
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The URL without its password, for messages and logs. */
    public String describe() {
        return "PostgreSQL " + (user == null ? "" : user + "@") + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
