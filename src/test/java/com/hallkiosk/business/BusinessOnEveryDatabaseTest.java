package com.hallkiosk.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.business.jdbc.PinHashes;
import com.hallkiosk.business.jdbc.PopulationLoader;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.central.testing.EachCentralDatabase;
import com.hallkiosk.central.testing.TestDatabase;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The business system on the central's own stores, SQLite and PostgreSQL, migrated with every other
 * central table: the demo population loads, and two systems (as two central processes would) activating
 * the same cards at once succeed exactly once each, and six wrong PINs lock.
 */
class BusinessOnEveryDatabaseTest {
    private static final char[] NEW_PIN = "802417".toCharArray();
    private static final char[] WRONG_PIN = "999990".toCharArray();

    @EachCentralDatabase
    void loadsTheDemoPopulationAndServesTwoProcessesAlike(TestDatabase database) throws Exception {
        DemoPopulation population = new DemoPopulation(7, 300, BusinessFixture.AS_OF);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (CentralDatabase central = database.open()) {
            PopulationLoader loader = new PopulationLoader(central.dataSource(),
                    new PinHashes(new SecureRandom(), BusinessFixture.TEST_ITERATIONS));
            assertThat(loader.anyoneLoaded()).isFalse();
            assertThat(loader.loadedPopulation()).isEmpty();
            loader.load(population);
            assertThat(loader.anyoneLoaded()).isTrue();
            assertThat(loader.loadedPopulation()).hasValueSatisfying(recorded -> {
                assertThat(recorded.seed()).isEqualTo(7);
                assertThat(recorded.size()).isEqualTo(300);
                assertThat(recorded.asOf()).isEqualTo(BusinessFixture.AS_OF);
            });
            BusinessSystem first = system(central);
            BusinessSystem second = system(central);

            for (DemoPerson person : population.people().filter(p -> p.card().state() == CardState.SEALED).limit(5).toList()) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> attempts = new ArrayList<>();
                for (BusinessSystem system : List.of(first, second)) {
                    attempts.add(threads.submit(() -> {
                        start.await();
                        try {
                            system.activate(person.card().cardNumber(), person.person().idNumber(), NEW_PIN);
                            return true;
                        } catch (BusinessException.CardNotInState e) {
                            return false;
                        }
                    }));
                }
                start.countDown();
                int successes = 0;
                for (Future<Boolean> attempt : attempts) {
                    successes += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertThat(successes).as("activations of one card").isEqualTo(1);
                assertThat(second.cardByNumber(person.card().cardNumber()).state()).isEqualTo(CardState.NORMAL);
            }

            DemoPerson holder = population.people().filter(p -> p.card().state() == CardState.NORMAL
                    && p.card().pinTriesLeft() == CardServices.PIN_TRY_LIMIT).findFirst().orElseThrow();
            String card = holder.card().cardNumber();
            for (int i = 0; i < CardServices.PIN_TRY_LIMIT - 1; i++) {
                BusinessSystem system = i % 2 == 0 ? first : second;
                assertThatThrownBy(() -> system.verifyPin(card, WRONG_PIN)).isInstanceOf(BusinessException.WrongPin.class);
            }
            assertThatThrownBy(() -> first.verifyPin(card, WRONG_PIN)).isInstanceOf(BusinessException.PinLocked.class);
            assertThat(second.cardByNumber(card).pinLocked()).isTrue();
        } finally {
            threads.shutdownNow();
        }
    }

    private static BusinessSystem system(CentralDatabase central) {
        return new JdbcBusinessSystem(central.dataSource(), BusinessFixture.CLOCK, new SecureRandom(),
                BusinessFixture.TEST_ITERATIONS);
    }
}
