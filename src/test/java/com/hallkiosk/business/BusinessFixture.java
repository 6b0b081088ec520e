package com.hallkiosk.business;

import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.business.jdbc.PinHashes;
import com.hallkiosk.business.jdbc.PopulationLoader;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Predicate;
import javax.sql.DataSource;

/** A loaded demo population of 1,000 and the business system over it, on a clock fixed at its as-of day. */
final class BusinessFixture {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
    /** Cheap hashes keep the tests fast; the hash format carries the count, so nothing else changes. */
    static final int TEST_ITERATIONS = 1_000;
    static final Clock CLOCK = Clock.fixed(AS_OF.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));

    final DemoPopulation population = new DemoPopulation(7, DemoPopulation.DEFAULT_SIZE, AS_OF);
    final DataSource dataSource;

    BusinessFixture(Path directory) throws SQLException {
        dataSource = BusinessTestDatabase.migrated(directory);
        new PopulationLoader(dataSource, new PinHashes(new SecureRandom(), TEST_ITERATIONS)).load(population);
    }

    BusinessSystem system() {
        return new JdbcBusinessSystem(dataSource, CLOCK, new SecureRandom(), TEST_ITERATIONS);
    }

    DemoPerson first(Predicate<DemoPerson> test) {
        return population.people().filter(test).findFirst().orElseThrow();
    }

    DemoPerson first(CardState state) {
        return first(p -> p.card().state() == state && p.card().pinTriesLeft() == CardServices.PIN_TRY_LIMIT);
    }
}
