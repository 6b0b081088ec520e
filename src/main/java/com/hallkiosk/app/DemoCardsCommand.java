package com.hallkiosk.app;

import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.demo.DemoCardHolder;
import com.hallkiosk.demo.DemoCards;
import java.io.PrintStream;
import java.time.LocalDate;
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
                    + " that day; the 社保卡 dates follow it). Default: today.")
    LocalDate asOf;

    @Option(names = "--markdown", description = "A Markdown table, as in the README's demo script.")
    boolean markdown;

    private final Wiring wiring;

    DemoCardsCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        LocalDate day = asOf != null ? asOf : LocalDate.now(wiring.clock());
        DemoCards cards = DemoCards.of(new DemoPopulation(Wiring.DEMO_POPULATION_SEED, DemoBackOffice.DEMO_PEOPLE, day));
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
        out.println("Demo cards (population seed " + Wiring.DEMO_POPULATION_SEED + ", " + DemoBackOffice.DEMO_PEOPLE
                + " people, as of " + day + "; PIN " + DemoPopulation.DEMO_PIN + "):");
        for (DemoCardHolder card : cards.all()) {
            out.println("  " + TerminalText.pad(card.key(), 12) + TerminalText.pad(card.maskedName(), 6)
                    + TerminalText.pad(card.maskedIdNumber(), 20) + TerminalText.pad(card.maskedCardNumber(), 11)
                    + TerminalText.pad(card.cardState().chinese(), 10) + "tries " + card.pinTriesLeft() + "  "
                    + card.demoCase().whatToTry());
        }
        return ExitCodes.OK;
    }
}
