package com.hallkiosk.central.store;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a central database to the latest schema of every feature, in one Flyway history: the core
 * (V1–V9), the catalog (V10–V19), the journal (V20–V29), the fleet (V30–V39) and the business side
 * (V100+), each in its own folder. Out-of-order is
 * allowed because features land independently: a database that already has V100 still gets a new V2.
 */
final class CentralMigrations {
    static final List<String> LOCATIONS = List.of("db/central/core", "db/central/catalog", "db/central/journal",
            "db/central/fleet", "db/central/business");

    private CentralMigrations() {
    }

    static void migrate(DataSource dataSource, Dialect dialect) {
        ClassLoader loader = CentralMigrations.class.getClassLoader();
        String[] present = LOCATIONS.stream()
                .filter(location -> loader.getResource(location) != null)
                .map(location -> "classpath:" + location)
                .toArray(String[]::new);
        Flyway.configure(loader)
                .dataSource(dataSource)
                .locations(present)
                .placeholders(dialect.placeholders())
                .outOfOrder(true)
                .loggers("slf4j")
                .load()
                .migrate();
    }
}
