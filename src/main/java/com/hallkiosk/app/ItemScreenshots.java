package com.hallkiosk.app;

import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.business.jdbc.PinHashes;
import com.hallkiosk.business.jdbc.PopulationLoader;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.demo.DemoCardDesk;
import com.hallkiosk.demo.DemoCards;
import com.hallkiosk.device.pinpad.KeypadKey;
import com.hallkiosk.device.pinpad.PinKey;
import com.hallkiosk.items.ItemStep;
import com.hallkiosk.items.PinPrompt;
import com.hallkiosk.journal.JournalOutbox;
import com.hallkiosk.journal.KioskJournal;
import com.hallkiosk.shell.KioskShell;
import com.hallkiosk.shell.Page;
import com.hallkiosk.shell.Place;
import com.hallkiosk.shell.SelfServiceChoicePage;
import com.hallkiosk.shell.SelfServicePage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import javax.swing.SwingUtilities;

/**
 * The screenshots of the self-service items: each item the kiosk offers walked through with the demo card its
 * line names, every step it shows saved (identify, choose, confirm, PIN, done …), on a kiosk wired as the demo
 * wires it, against the central's business tables in this process. Each kiosk walks a fresh copy of the demo
 * population, so an item that changes a card (a loss report) leaves the next kiosk's cards as they were.
 */
final class ItemScreenshots {
    private static final int FIRST_NUMBER = 20;
    /** A new PIN the trivial-PIN rules accept, for items that set one. */
    private static final String NEW_PIN = "258036";
    private static final Duration STEP_WAIT = Duration.ofSeconds(30);

    /** Saves the window as it is now under {@code name}; returns how many were saved. */
    @FunctionalInterface
    interface Shooter {
        int shot(String name) throws InterruptedException, IOException;
    }

    private final Wiring wiring;
    private final Path work;
    private final Path configDirectory;
    private final Path driversDirectory;
    private final DemoPopulation population;

    private ItemScreenshots(Wiring wiring, Path work, Path configDirectory, Path driversDirectory,
                            DemoPopulation population) {
        this.wiring = wiring;
        this.work = work;
        this.configDirectory = configDirectory;
        this.driversDirectory = driversDirectory;
        this.population = population;
    }

    /** Loads the demo population once, into {@code work}, for every kiosk's copy. */
    static ItemScreenshots prepare(Wiring wiring, Path work, Path configDirectory, Path driversDirectory)
            throws SQLException, IOException {
        Files.createDirectories(work);
        Files.deleteIfExists(work.resolve("population.db"));
        DemoPopulation population = new DemoPopulation(Wiring.DEMO_POPULATION_SEED, DemoBackOffice.DEMO_PEOPLE,
                LocalDate.now(wiring.clock()));
        try (CentralDatabase database = wiring.openCentralDatabase(work.resolve("population.db").toString())) {
            new PopulationLoader(database.dataSource(), new PinHashes(new SecureRandom(), PinHashes.DEFAULT_ITERATIONS))
                    .load(population);
        }
        return new ItemScreenshots(wiring, work, configDirectory, driversDirectory, population);
    }

    /**
     * Offers the items on {@code kiosk}, against a fresh copy of the population; the screenshots of the kiosk's
     * other screens are then taken with the items on offer, and {@link Offered#walk} walks them.
     */
    Offered offer(KioskLauncher.RunningKiosk kiosk, String prefix) throws IOException, InvalidConfigException {
        Path copy = work.resolve(prefix + ".db");
        Path journalFile = work.resolve(prefix + "-journal.db");
        Files.copy(work.resolve("population.db"), copy, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(journalFile);
        CentralDatabase database = wiring.openCentralDatabase(copy.toString());
        JournalOutbox outbox = JournalOutbox.open(journalFile);
        try {
            EmulatedItems items = EmulatedItems.offer(wiring, kiosk, KioskItems.LINES, configDirectory, driversDirectory,
                    new JdbcBusinessSystem(database.dataSource(), wiring.clock()),
                    new KioskJournal("screenshots", outbox, () -> { }, wiring.clock()), wiring.centralLink(configDirectory));
            return new Offered(kiosk, items, new DemoCardDesk(DemoCards.of(population), items.readers()), () -> {
                items.close();
                outbox.close();
                database.close();
                Files.deleteIfExists(copy);
                Files.deleteIfExists(journalFile);
            });
        } catch (InvalidConfigException | RuntimeException e) {
            outbox.close();
            database.close();
            throw e;
        }
    }

    /** What has to be released once a kiosk's items are walked. */
    @FunctionalInterface
    private interface Release {
        void release() throws IOException;
    }

    /** A kiosk's items on offer, to walk; closing releases their devices, database copy and journal. */
    static final class Offered implements AutoCloseable {
        private final KioskLauncher.RunningKiosk kiosk;
        private final EmulatedItems items;
        private final DemoCardDesk desk;
        private final Release release;

        private Offered(KioskLauncher.RunningKiosk kiosk, EmulatedItems items, DemoCardDesk desk, Release release) {
            this.kiosk = kiosk;
            this.items = items;
            this.desk = desk;
            this.release = release;
        }

        /** Walks every item, numbered from {@value #FIRST_NUMBER}; returns how many screenshots were saved. */
        int walk(String prefix, Shooter shooter) throws InterruptedException, IOException {
            KioskShell shell = kiosk.shell();
            Set<String> choicesShot = new HashSet<>();
            int count = 0;
            int number = FIRST_NUMBER;
            for (KioskItems.Offered offered : items.offers()) {
                String itemId = offered.offer().itemId();
                String catalogItemId = offered.offer().catalogItemId();
                String name = prefix + "-" + number++ + "-" + itemId;
                desk.presentBoth(offered.line().demoCard().key());
                shell.touched();
                boolean shared = items.offers().stream()
                        .filter(other -> other.offer().catalogItemId().equals(catalogItemId)).count() > 1;
                if (shared && choicesShot.add(catalogItemId)) {
                    shell.open(new Place.SelfServiceChoice(catalogItemId));
                    awaitPage(kiosk, "the choice of " + catalogItemId, SelfServiceChoicePage.class::isInstance);
                    count += shooter.shot(name + "-0-choice");
                }
                shell.open(new Place.SelfService(itemId));
                count += steps(kiosk, itemId, name, shooter);
            }
            return count;
        }

        @Override
        public void close() throws IOException {
            release.release();
        }
    }

    /** Every settled step of one item, each tapped on the way the demo card allows, until it is done. */
    private static int steps(KioskLauncher.RunningKiosk kiosk, String itemId, String name, Shooter shooter)
            throws InterruptedException, IOException {
        KioskShell shell = kiosk.shell();
        int count = 0;
        ItemStep last = null;
        for (int n = 1; ; n++) {
            ItemStep shown = last;
            SelfServicePage page = (SelfServicePage) awaitPage(kiosk, itemId + "'s step " + n, p -> p instanceof SelfServicePage s
                    && s.step() != shown && settled(s.step()));
            ItemStep step = page.step();
            last = step;
            count += shooter.shot(name + "-" + n + "-" + step.stage().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            shell.touched();
            switch (step.stage()) {
                case ENTER_PIN -> type(kiosk, page, step.title().equals(PinPrompt.CURRENT.title())
                        ? DemoPopulation.DEMO_PIN : NEW_PIN);
                case IDENTIFY, CHOOSE, CONFIRM -> {
                    if (step.choices().isEmpty()) {
                        shell.home();
                        return count;
                    }
                    shell.tapped(itemId, step.choices().get(0).key());
                }
                default -> {
                    shell.tapped(itemId, step.choices().get(step.choices().size() - 1).key());
                    awaitPage(kiosk, "home after " + itemId, p -> !(p instanceof SelfServicePage));
                    return count;
                }
            }
        }
    }

    /** A step worth a screenshot: not one that passes by itself, nor a PIN entry with some digits typed. */
    private static boolean settled(ItemStep step) {
        return switch (step.stage()) {
            case READING, LOOKING_UP, ACTING, PRINTING, ENDED -> false;
            case ENTER_PIN -> step.lines().stream().noneMatch(line -> line.contains("●"));
            default -> true;
        };
    }

    /** Types {@code pin} and the enter key on the on-screen keypad, as a finger would. */
    private static void type(KioskLauncher.RunningKiosk kiosk, SelfServicePage page, String pin) {
        List<KeypadKey> keys = page.keypad().orElseThrow(() -> new IllegalStateException(
                "a PIN step without the on-screen keypad: the screenshots type PINs on it")).rows().stream()
                .flatMap(List::stream).toList();
        for (char digit : pin.toCharArray()) {
            kiosk.shell().pressKey(keys.stream().filter(key -> key.isDigit() && key.digit() == digit).findFirst().orElseThrow());
        }
        kiosk.shell().pressKey(keys.stream().filter(key -> key.kind() == PinKey.ENTER).findFirst().orElseThrow());
    }

    private static Page awaitPage(KioskLauncher.RunningKiosk kiosk, String what, Predicate<Page> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + STEP_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            kiosk.settle();
            Page page = pageShown(kiosk);
            if (page != null && wanted.test(page)) {
                return page;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("screenshots: waited " + STEP_WAIT.toSeconds() + " s for " + what
                + "; the screen shows " + pageShown(kiosk));
    }

    private static Page pageShown(KioskLauncher.RunningKiosk kiosk) throws InterruptedException {
        Page[] page = new Page[1];
        try {
            SwingUtilities.invokeAndWait(() -> page[0] = kiosk.view().page());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("reading the page shown failed", e.getCause());
        }
        return page[0];
    }
}
