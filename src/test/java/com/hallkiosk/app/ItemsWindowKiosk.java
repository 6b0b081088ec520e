package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.CardState;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.http.BusinessRoutes;
import com.hallkiosk.business.http.HttpBusinessSystem;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.business.jdbc.PinHashes;
import com.hallkiosk.business.jdbc.PopulationLoader;
import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.central.client.CentralHttp;
import com.hallkiosk.central.http.Routes;
import com.hallkiosk.central.pki.KioskTls;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.central.store.SqliteCentralDatabase;
import com.hallkiosk.central.testing.TestCentral;
import com.hallkiosk.config.KioskConfig;
import com.hallkiosk.demo.DemoCardDesk;
import com.hallkiosk.demo.DemoCardHolder;
import com.hallkiosk.demo.DemoCards;
import com.hallkiosk.device.document.DocumentPrinter;
import com.hallkiosk.fonts.KioskFonts;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.journal.JournalOutbox;
import com.hallkiosk.journal.KioskJournal;
import com.hallkiosk.session.IdlePolicy;
import com.hallkiosk.ui.EdtCheckingRepaintManager;
import com.hallkiosk.ui.KioskWindow;
import com.hallkiosk.ui.WindowDriver;
import java.awt.Component;
import java.awt.Container;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import javax.swing.AbstractButton;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * A kiosk window offering the self-service items, wired as the demo wires them, for the window tests: the ID card
 * module emulated on a socat pty and read by the SAM driver, the demo 社保卡 in the virtual PC/SC reader read by the
 * PC/SC driver, the items' business over HTTPS with the kiosk's certificate to a real central (its JDBC business
 * system over SQLite, loaded with the demo population), the journal's outbox, the emulated receipt printer, and
 * the robot that taps the window. The demo card desk puts the cards down, as a tester does in the demo.
 */
final class ItemsWindowKiosk implements AutoCloseable {
    static final String KIOSK = "ui-items-01";
    static final Catalog CATALOG = CuratedCatalogFixture.catalog();
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DemoPopulation POPULATION = new DemoPopulation(Wiring.DEMO_POPULATION_SEED, DemoBackOffice.DEMO_PEOPLE,
            LocalDate.now(ZONE));
    static final DemoCards CARDS = DemoCards.of(POPULATION);
    private static final int TEST_ITERATIONS = 1_000;
    private static final String POPULATION_FILE = "central.db";

    /**
     * What a test's kiosk is: the demo's (鞍山铁东 and the curated catalog, the items of {@link KioskItems#LINES},
     * the A4 printer of {@code devices.properties}, the central up) unless the test says otherwise.
     *
     * @param catalog   the catalog, e.g. with a region that publishes an item the shipped one does not
     * @param centralUp false: as in the demo before its central is up ({@link LateCentral})
     * @param a4        the A4 printer the test controls, instead of the configured one
     */
    record Setup(Catalog catalog, String regionId, IdlePolicy idle, boolean centralUp, List<KioskItems.Line> lines,
                 Optional<DocumentPrinter> a4) {
        static Setup demo() {
            return new Setup(CATALOG, "anshan-tiedong", IdlePolicy.DEFAULT, true, KioskItems.LINES, Optional.empty());
        }

        Setup in(Catalog otherCatalog, String otherRegion) {
            return new Setup(otherCatalog, otherRegion, idle, centralUp, lines, a4);
        }

        Setup in(String otherRegion) {
            return in(catalog, otherRegion);
        }

        Setup idle(IdlePolicy otherIdle) {
            return new Setup(catalog, regionId, otherIdle, centralUp, lines, a4);
        }

        Setup beforeTheCentralIsUp() {
            return new Setup(catalog, regionId, idle, false, lines, a4);
        }

        Setup withLines(List<KioskItems.Line> otherLines) {
            return new Setup(catalog, regionId, idle, centralUp, otherLines, a4);
        }

        Setup printingOn(DocumentPrinter printer) {
            return new Setup(catalog, regionId, idle, centralUp, lines, Optional.of(printer));
        }
    }

    final TestCentral central;
    final JournalOutbox outbox;
    final KioskLauncher.RunningKiosk kiosk;
    final EmulatedItems items;
    final DemoCardDesk desk;
    final WindowDriver window;
    private final Robot robot;
    private final EdtCheckingRepaintManager edtCheck;

    private ItemsWindowKiosk(TestCentral central, JournalOutbox outbox, KioskLauncher.RunningKiosk kiosk,
                             EmulatedItems items, Robot robot, EdtCheckingRepaintManager edtCheck) {
        this.edtCheck = edtCheck;
        this.central = central;
        this.outbox = outbox;
        this.kiosk = kiosk;
        this.items = items;
        this.robot = robot;
        this.desk = new DemoCardDesk(CARDS, items.readers());
        this.window = new WindowDriver(robot, () -> kiosk.window().frame(), kiosk::settle);
    }

    /**
     * Once for a test class: skips it without a display (fails it where one is required), watches Swing for use off
     * the event thread, and loads the demo population into a central database in {@code template}, which each
     * kiosk's central copies.
     */
    static void prepare(Path template) throws Exception {
        WindowDriver.needsADisplay();
        try (CentralDatabase database = SqliteCentralDatabase.open(template.resolve(POPULATION_FILE))) {
            new PopulationLoader(database.dataSource(), new PinHashes(new SecureRandom(), TEST_ITERATIONS)).load(POPULATION);
        }
    }

    /** Starts a central on a copy of the population in {@code template} and a kiosk as {@code setup} says, in {@code directory}. */
    static ItemsWindowKiosk launch(Path template, Path directory, Setup setup) throws Exception {
        EdtCheckingRepaintManager edtCheck = WindowDriver.needsADisplay();
        edtCheck.violations().clear();
        Files.copy(template.resolve(POPULATION_FILE), directory.resolve(POPULATION_FILE));
        // The hall's business day: a Chinese central and kiosk run on Beijing time, whatever zone this machine has.
        Clock clock = Clock.system(ZONE);
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            TestCentral central = TestCentral.start(directory, database -> new Routes().add(new BusinessRoutes(
                    new JdbcBusinessSystem(database.dataSource(), clock, new SecureRandom(), TEST_ITERATIONS))), KIOSK);
            opened.add(central);
            PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            Wiring wiring = new Wiring(quiet, quiet, clock);
            KioskConfig config = new KioskConfig(KIOSK, setup.regionId(), "测试大厅", directory,
                    KioskConfig.Orientation.LANDSCAPE, ZONE, setup.idle());
            KioskLauncher.RunningKiosk kiosk = new KioskLauncher(wiring).launch(config, setup.catalog(),
                    CompletableFuture.completedFuture(KioskFonts.load()), KioskWindow.Mode.KIOSK, () -> { },
                    UnaryOperator.identity());
            opened.add(kiosk);
            Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
            opened.add(robot::cleanUp);
            robot.settings().delayBetweenEvents(20);
            BusinessSystem business = setup.centralUp() ? new HttpBusinessSystem(new CentralHttp(central.url(),
                    KioskTls.context(central.pki(), KIOSK), Duration.ofSeconds(5), Duration.ofSeconds(15)))
                    : new LateCentral().port();
            JournalOutbox outbox = JournalOutbox.open(directory.resolve("outbox.db"));
            opened.add(outbox::close);
            EmulatedItems items = EmulatedItems.offer(wiring, kiosk, setup.lines(), Path.of("kiosk-config"),
                    Path.of("drivers"), business, new KioskJournal(KIOSK, outbox, () -> { }, clock),
                    wiring.centralLink(Path.of("kiosk-config")), setup.a4());
            opened.add(items);
            ItemsWindowKiosk launched = new ItemsWindowKiosk(central, outbox, kiosk, items, robot, edtCheck);
            String firstTile = "tile-" + items.offers().get(0).offer().catalogItemId();
            launched.window.waitFor("home with the items", () -> launched.window.text(firstTile).contains("本机可以办理"));
            return launched;
        } catch (Exception | AssertionError e) {
            Collections.reverse(opened);
            for (AutoCloseable each : opened) {
                each.close();
            }
            throw e;
        }
    }

    void awaitTitle(String title) throws InterruptedException {
        window.waitFor("the step " + title, () -> window.text("title").equals(title));
    }

    /** Taps {@code tile}, waits for the item called {@code title}, identifies the {@code way} it offers, waits to confirm. */
    void toConfirm(String tile, String title, String way) throws InterruptedException {
        window.click(tile);
        awaitTitle(title);
        window.click("choice-" + way);
        awaitTitle("请确认");
    }

    void awaitHome() throws InterruptedException {
        window.waitFor("home", () -> window.text("title").equals("测试大厅"));
    }

    /** Taps the step's button whose words start with {@code wordsStart} (a period, a unit: their keys are data). */
    void tapChoiceStartingWith(String wordsStart) throws InterruptedException {
        window.waitFor("a choice " + wordsStart, () -> choiceStartingWith(wordsStart).isPresent());
        window.click(choiceStartingWith(wordsStart).orElseThrow());
    }

    private Optional<String> choiceStartingWith(String wordsStart) {
        return GuiActionRunner.execute(() -> window.find("choices").flatMap(choices -> buttons((Container) choices).stream()
                .filter(button -> button.getText().startsWith(wordsStart)).map(Component::getName).findFirst()));
    }

    private static List<AbstractButton> buttons(Container container) {
        List<AbstractButton> found = new ArrayList<>();
        for (Component child : container.getComponents()) {
            if (child instanceof AbstractButton button) {
                found.add(button);
            } else if (child instanceof Container inner) {
                found.addAll(buttons(inner));
            }
        }
        return found;
    }

    /** The card of {@code holder} as the central's database has it now. */
    Card cardAtTheCentral(DemoCardHolder holder) throws BusinessException {
        return centralRecords().cardByNumber(holder.socialSecurityCard().cardNumber());
    }

    CardState stateAtTheCentral(DemoCardHolder holder) throws BusinessException {
        return cardAtTheCentral(holder).state();
    }

    /** The central's business tables, read directly (not through the kiosk's HTTPS client). */
    JdbcBusinessSystem centralRecords() {
        return new JdbcBusinessSystem(central.database().dataSource(), Clock.system(ZONE), new SecureRandom(),
                TEST_ITERATIONS);
    }

    /** Taps {@code digits} on the on-screen keypad, one key each, then its enter key. */
    void typePin(String digits) throws InterruptedException {
        tapDigits(digits);
        window.click("keypad-enter");
    }

    void tapDigits(String digits) throws InterruptedException {
        for (char digit : digits.toCharArray()) {
            window.click("keypad-" + digit);
        }
    }

    /** The keypad's digits in reading order, as the person sees them. */
    String digitOrder() {
        return GuiActionRunner.execute(() -> {
            List<Component> keys = new ArrayList<>();
            for (char digit = '0'; digit <= '9'; digit++) {
                keys.add(window.find("keypad-" + digit).orElseThrow());
            }
            keys.sort(Comparator.<Component>comparingInt(key -> key.getLocationOnScreen().y)
                    .thenComparingInt(key -> key.getLocationOnScreen().x));
            StringBuilder order = new StringBuilder();
            keys.forEach(key -> order.append(((AbstractButton) key).getText()));
            return order.toString();
        });
    }

    List<JournalEntry> journal() {
        return outbox.oldest(10);
    }

    /** The text of the receipts printed, one string each. */
    List<String> receipts() {
        return kiosk.receiptEmulator().printed().stream().map(receipt -> String.join("\n", receipt.lines())).toList();
    }

    /** Closes the kiosk, its devices, the journal and the central; then checks Swing was only used on its thread. */
    @Override
    public void close() {
        kiosk.close();
        items.close();
        outbox.close();
        central.close();
        robot.cleanUp();
        assertThat(edtCheck.violations()).as("Swing used off the event thread").isEmpty();
    }
}
