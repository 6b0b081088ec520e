package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.demo.DemoCardHolder;
import com.hallkiosk.demo.DemoCards;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo cards} lists the cards of the population the demo's central loads, masked. */
class DemoCardsCommandTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);

    private static DemoCards cardsOf(LocalDate day) {
        return DemoCards.of(new DemoPopulation(Wiring.DEMO_POPULATION_SEED, DemoBackOffice.DEMO_PEOPLE, day));
    }

    @Test
    void listsEveryCardMaskedWithWhatToTry(@TempDir Path directory) {
        CommandRun run = CommandRun.of(CLOCK, "demo", "cards", "--central-db", directory.resolve("none.db").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("PIN " + DemoPopulation.DEMO_PIN).contains("as of " + TODAY);
        for (DemoCardHolder card : cardsOf(TODAY).all()) {
            assertThat(run.out()).contains(card.key()).contains(card.maskedIdNumber()).contains(card.maskedCardNumber())
                    .contains(card.demoCase().whatToTry())
                    .doesNotContain(card.idCard().idNumber()).doesNotContain(card.socialSecurityCard().cardNumber());
        }
    }

    @Test
    void aMarkdownTableForTheReadmeAsOfAGivenDay() {
        CommandRun run = CommandRun.of(CLOCK, "demo", "cards", "--as-of", "2026-06-15", "--markdown");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(line -> line.startsWith("| `"))).hasSize(cardsOf(TODAY).all().size());
        assertThat(run.out()).contains("| `temp-lost` |").contains("| 临时挂失 |").contains("| 封存 |");
    }

    @Test
    void theCardsAreThoseOfThePeopleTheDemosCentralLoads(@TempDir Path directory) throws Exception {
        Wiring wiring = new Wiring(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), CLOCK);
        try (CentralDatabase database = wiring.openCentralDatabase(directory.resolve("central.db").toString())) {
            wiring.seedCentral(database, DemoBackOffice.DEMO_PEOPLE);
            BusinessSystem central = new JdbcBusinessSystem(database.dataSource(), CLOCK);
            Clock monthLater = Clock.offset(CLOCK, java.time.Duration.ofDays(30));
            CommandRun run = CommandRun.of(monthLater, "demo", "cards", "--central-db", directory.resolve("central.db").toString());
            assertThat(run.out()).as("the day the central recorded, not today").contains("as of " + TODAY);
            for (DemoCardHolder card : cardsOf(TODAY).all()) {
                Card record = central.cardByNumber(card.socialSecurityCard().cardNumber());
                assertThat(record.idNumber()).as(card.key()).isEqualTo(card.idCard().idNumber());
                assertThat(record.state()).as(card.key()).isEqualTo(card.cardState());
                assertThat(record.issueDate()).as(card.key()).isEqualTo(card.socialSecurityCard().issueDate());
                assertThat(central.personByIdNumber(card.idCard().idNumber()).name()).as(card.key())
                        .isEqualTo(card.idCard().name());
            }
        }
    }
}
