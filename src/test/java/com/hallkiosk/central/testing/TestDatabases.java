package com.hallkiosk.central.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The databases the central's tests run against. PostgreSQL is one throwaway cluster per test run
 * (started on first use, stopped when the run ends), each test getting a new database in it; SQLite is
 * a new file each time. Without PostgreSQL binaries the PostgreSQL runs are skipped, unless
 * {@code -Dhallkiosk.postgres.required=true} (as {@code scripts/test} sets), where that is a failure.
 */
public final class TestDatabases {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestDatabases.class);

    private TestDatabases() {
    }

    public static boolean postgresRequired() {
        return Boolean.getBoolean("hallkiosk.postgres.required");
    }

    /** The shared cluster, or empty when PostgreSQL is not installed and not required. */
    public static Optional<PostgresCluster> postgres(ExtensionContext context) {
        Optional<Path> bin = PostgresCluster.binaries();
        if (bin.isEmpty()) {
            if (postgresRequired()) {
                throw new IllegalStateException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb);"
                        + " install the Debian package postgresql, or run scripts/test as root");
            }
            return Optional.empty();
        }
        return Optional.of(context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(PostgresCluster.class, key -> {
            try {
                return PostgresCluster.start(bin.get());
            } catch (IOException e) {
                throw new IllegalStateException("cannot start a throwaway PostgreSQL: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting PostgreSQL", e);
            }
        }, PostgresCluster.class));
    }

    /** A new, empty database of {@code kind}, as a {@code --db} value. */
    public static String newDatabase(DatabaseKind kind, ExtensionContext context, String prefix)
            throws IOException, SQLException {
        return switch (kind) {
            case SQLITE -> Files.createTempDirectory("hallkiosk-central-").resolve(prefix + ".db").toString();
            case POSTGRESQL -> postgres(context).orElseThrow(
                    () -> new org.opentest4j.TestAbortedException("PostgreSQL is not installed")).createDatabase(prefix);
        };
    }
}
