package com.hallkiosk.app;

import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.jdbc.PinHashes;
import com.hallkiosk.business.jdbc.PopulationLoader;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.demo.DemoCardHolder;
import com.hallkiosk.demo.DemoCards;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo cards}: the demo's emulated cards, one per situation a tester needs, with what to try with
 * each. Masked, as every output: the full data is on the emulated cards and in the central's database.
 */
@Command(name = "cards", mixinStandardHelpOptions = true,
        description = "List the demo's emulated cards (ID card + 社保卡 of a demo person per case): key, masked"
                + " name and ID, card state, what to try with it. Every demo card's PIN is " + DemoPopulation.DEMO_PIN + ".")
final class DemoCardsCommand implements Callable<Integer> {
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The day the demo's central database was first made (its population is generated as of"
                    + " that day; the 社保卡 dates follow it). Default: the day the --central-db records, else today.")
    LocalDate asOf;

    @Option(names = "--central-db", paramLabel = "FILE", defaultValue = "target/demo/central.db",
            description = "The demo's central database, whose population the cards are made for (default: ${DEFAULT-VALUE}).")
    Path centralDatabase;

    @Option(names = "--markdown", description = "A Markdown table, as in the README's demo script.")
    boolean markdown;

    private final Wiring wiring;

    DemoCardsCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        DemoPopulation population = population();
        LocalDate day = population.asOf();
        DemoCards cards = DemoCards.of(population);
        PrintStream out = wiring.out();
        if (markdown) {
            out.println("| key | name | ID number | 社保卡 | card state | PIN tries left | try |");
            out.println("|---|---|---|---|---|---|---|");
            for (DemoCardHolder card : cards.all()) {
                out.printf("| `%s` | %s | %s | %s | %s | %d | %s |%n", card.key(), card.maskedName(), card.maskedIdNumber(),
                        card.maskedCardNumber(), card.cardState().chinese(), card.pinTriesLeft(),
                        card.demoCase().whatToTry());
            }
            return ExitCodes.OK;
        }
        out.println("Demo cards (population seed " + population.seed() + ", " + population.size()
                + " people, as of " + day + "; PIN " + DemoPopulation.DEMO_PIN + "):");
        for (DemoCardHolder card : cards.all()) {
            out.println("  " + TerminalText.pad(card.key(), 12) + TerminalText.pad(card.maskedName(), 6)
                    + TerminalText.pad(card.maskedIdNumber(), 20) + TerminalText.pad(card.maskedCardNumber(), 11)
                    + TerminalText.pad(card.cardState().chinese(), 10) + "tries " + card.pinTriesLeft() + "  "
                    + card.demoCase().whatToTry());
        }
        return ExitCodes.OK;
    }

    /** The population the demo's central holds, as it recorded it; the demo's defaults when there is none yet. */
    private DemoPopulation population() {
        if (asOf == null && Files.isRegularFile(centralDatabase)) {
            try (CentralDatabase central = wiring.openCentralDatabase(centralDatabase.toString())) {
                Optional<DemoPopulation> recorded = new PopulationLoader(central.dataSource(), new PinHashes(new java.security.SecureRandom(), PinHashes.DEFAULT_ITERATIONS))
                        .loadedPopulation();
                if (recorded.isPresent()) {
                    return recorded.get();
                }
            } catch (SQLException | RuntimeException e) {
                wiring.err().println("hall-kiosk demo cards: cannot read " + centralDatabase + " (" + e.getMessage()
                        + "); making the cards as of today");
            }
        }
        return new DemoPopulation(Wiring.DEMO_POPULATION_SEED, DemoBackOffice.DEMO_PEOPLE,
                asOf != null ? asOf : LocalDate.now(wiring.clock()));
    }
}
