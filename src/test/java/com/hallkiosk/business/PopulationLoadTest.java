package com.hallkiosk.business;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.jdbc.PinHashes;
import com.hallkiosk.business.jdbc.PopulationLoader;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads a population and counts what arrived. 2,000 people by default; {@code -Dbusiness.load.people=100000}
 * measures a big load (it prints the time), which is how the figure in the report was taken.
 */
class PopulationLoadTest {
    @TempDir
    Path directory;

    @Test
    void everyGeneratedPersonAndCardIsLoaded() throws Exception {
        int people = Integer.getInteger("business.load.people", 2_000);
        DataSource dataSource = BusinessTestDatabase.migrated(directory);
        DemoPopulation population = new DemoPopulation(11, people, LocalDate.of(2026, 6, 15));
        PopulationLoader loader = new PopulationLoader(dataSource, new PinHashes(new SecureRandom(), PinHashes.DEFAULT_ITERATIONS));
        assertThat(loader.anyoneLoaded()).isFalse();
        long started = System.nanoTime();

        long loaded = loader.load(population);

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        long years = count(dataSource, "business_contribution_year");
        System.out.printf("loaded %,d people (%,d contribution years) in %d ms%n", loaded, years, took.toMillis());
        assertThat(loaded).isEqualTo(people);
        assertThat(loader.anyoneLoaded()).isTrue();
        assertThat(count(dataSource, "business_person")).isEqualTo(people);
        assertThat(count(dataSource, "business_card")).isEqualTo(people);
        assertThat(count(dataSource, "business_unit")).isEqualTo(population.unitCount());
        assertThat(years).isEqualTo(population.people().mapToLong(p -> p.years().size()).sum());
    }

    private static long count(DataSource dataSource, String table) throws Exception {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }
}
