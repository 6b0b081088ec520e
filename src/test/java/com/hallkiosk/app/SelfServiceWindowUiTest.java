package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.BusinessSystem;
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
import com.hallkiosk.demo.DemoCase;
import com.hallkiosk.demo.DemoCards;
import com.hallkiosk.fonts.KioskFonts;
import com.hallkiosk.items.PinPrompt;
import com.hallkiosk.items.ShapeOnlyItem;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.journal.JournalOutbox;
import com.hallkiosk.journal.KioskJournal;
import com.hallkiosk.session.IdlePolicy;
import com.hallkiosk.ui.EdtCheckingRepaintManager;
import com.hallkiosk.ui.KioskWindow;
import com.hallkiosk.ui.WindowDriver;
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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-service items through the real kiosk window, driven by a robot, wired as the demo wires them: the
 * ID card module emulated on a socat pty and read by the SAM driver, the demo 社保卡 in the virtual PC/SC reader
 * read by the PC/SC driver, the items' business over HTTPS with the kiosk's certificate to a real central
 * (its JDBC business system over SQLite, loaded with the demo population), the journal's outbox, the emulated
 * receipt printer. The demo card desk puts the cards down, as a tester does in the demo.
 */
class SelfServiceWindowUiTest {
    private static final String KIOSK = "ui-items-01";
    private static final Catalog CATALOG = CuratedCatalogFixture.catalog();
    private static final DemoPopulation POPULATION = new DemoPopulation(Wiring.DEMO_POPULATION_SEED,
            DemoBackOffice.DEMO_PEOPLE, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    private static final DemoCards CARDS = DemoCards.of(POPULATION);
    private static EdtCheckingRepaintManager edtCheck;
    private static final int TEST_ITERATIONS = 1_000;

    @TempDir
    static Path template;
    @TempDir
    Path directory;

    private Robot robot;
    private TestCentral central;
    private JournalOutbox outbox;
    private KioskLauncher.RunningKiosk kiosk;
    private EmulatedItems items;
    private DemoCardDesk desk;
    private WindowDriver window;

    @BeforeAll
    static void loadTheDemoPopulationOnce() throws Exception {
        edtCheck = WindowDriver.needsADisplay();
        try (CentralDatabase database = SqliteCentralDatabase.open(template.resolve("central.db"))) {
            new PopulationLoader(database.dataSource(), new PinHashes(new SecureRandom(), TEST_ITERATIONS)).load(POPULATION);
        }
    }

    /**
     * A kiosk of 鞍山铁东 offering its items, against a central holding the demo population as loaded, or, as in
     * the demo before its central is up, against a central not there yet.
     */
    private void launch(IdlePolicy idle, boolean centralUp) throws Exception {
        edtCheck.violations().clear();
        Files.copy(template.resolve("central.db"), directory.resolve("central.db"));
        Clock clock = Clock.systemUTC();
        central = TestCentral.start(directory, database -> new Routes().add(new BusinessRoutes(
                new JdbcBusinessSystem(database.dataSource(), clock, new SecureRandom(), TEST_ITERATIONS))), KIOSK);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Wiring wiring = new Wiring(quiet, quiet, clock);
        KioskConfig config = new KioskConfig(KIOSK, "anshan-tiedong", "测试大厅", directory, KioskConfig.Orientation.LANDSCAPE,
                ZoneId.of("Asia/Shanghai"), idle);
        kiosk = new KioskLauncher(wiring).launch(config, CATALOG, CompletableFuture.completedFuture(KioskFonts.load()),
                KioskWindow.Mode.KIOSK, () -> { }, UnaryOperator.identity());
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
        window = new WindowDriver(robot, () -> kiosk.window().frame(), () -> kiosk.settle());
        BusinessSystem business = centralUp ? new HttpBusinessSystem(new CentralHttp(central.url(),
                KioskTls.context(central.pki(), KIOSK), Duration.ofSeconds(5), Duration.ofSeconds(15)))
                : new LateCentral().port();
        outbox = JournalOutbox.open(directory.resolve("outbox.db"));
        List<KioskItems.Line> lines = new ArrayList<>(KioskItems.LINES);
        lines.add(new KioskItems.Line("设置密码", DemoCase.SEALED, at -> pinSetting));
        items = EmulatedItems.offer(wiring, kiosk, lines, Path.of("kiosk-config"), Path.of("drivers"), business,
                new KioskJournal(KIOSK, outbox, () -> { }, clock), wiring.centralLink(Path.of("kiosk-config")));
        desk = new DemoCardDesk(CARDS, items.readers());
        window.waitFor("home with the items", () -> window.text("tile-anshan-tiedong-29").contains("本机可以办理"));
    }

    private void launch() throws Exception {
        launch(IdlePolicy.DEFAULT, true);
    }

    @AfterEach
    void closeAndCheckTheEventThread() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (items != null) {
            items.close();
        }
        if (outbox != null) {
            outbox.close();
        }
        if (central != null) {
            central.close();
        }
        if (robot != null) {
            robot.cleanUp();
        }
        assertThat(edtCheck.violations()).as("Swing used off the event thread").isEmpty();
    }

    private void awaitTitle(String title) throws InterruptedException {
        window.waitFor("the step " + title, () -> window.text("title").equals(title));
    }

    private CardState stateAtTheCentral(DemoCardHolder holder) throws Exception {
        return new JdbcBusinessSystem(central.database().dataSource(), Clock.systemUTC())
                .cardByNumber(holder.socialSecurityCard().cardNumber()).state();
    }

    private List<JournalEntry> journal() {
        return outbox.oldest(10);
    }

    @Test
    void theCardStatusOfA社保卡InTheReader() throws Exception {
        launch();
        DemoCardHolder holder = desk.insertSocialSecurityCard("normal");
        window.click("tile-anshan-tiedong-29");
        awaitTitle("社会保障卡应用状态查询");
        assertThat(window.visible("back")).isTrue();
        window.click("choice-SOCIAL_SECURITY_CARD");
        awaitTitle("请确认");
        assertThat(window.allText()).contains(holder.maskedName() + " " + holder.maskedIdNumber());
        window.click("choice-confirm");
        awaitTitle("办理完成");
        assertThat(window.allText()).contains("卡状态：正常", "交易流水号：");
        assertThat(window.visible("back")).as("nothing to go back to once done").isFalse();
        assertThat(kiosk.receiptEmulator().printed()).singleElement()
                .satisfies(receipt -> assertThat(String.join("\n", receipt.lines())).contains("社会保障卡应用状态查询"));
        assertThat(journal()).singleElement().satisfies(entry -> {
            assertThat(entry.operation()).isEqualTo("card-status");
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
        });
        window.click("choice-finish");
        window.waitFor("home", () -> window.text("title").equals("测试大厅"));
    }

    @Test
    void aTemporaryLossReportByIdCardChosenOnTheSharedTile() throws Exception {
        launch();
        DemoCardHolder holder = desk.placeIdCard("normal");
        window.click("tile-anshan-tiedong-27");
        window.waitFor("the choice", () -> window.find("offer-card-unlock").isPresent());
        window.click("offer-card-loss");
        awaitTitle("社会保障卡挂失与解挂");
        window.click("choice-ID_CARD");
        window.waitFor("the kinds of loss", () -> window.find("choice-TEMPORARY").isPresent());
        window.click("choice-TEMPORARY");
        awaitTitle("请确认");
        window.click("choice-confirm");
        awaitTitle("办理完成");
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.TEMPORARILY_LOST);
        assertThat(window.allText()).contains(holder.maskedName()).doesNotContain(holder.person().person().idNumber());
        assertThat(journal()).singleElement().satisfies(entry -> assertThat(entry.operation()).isEqualTo("card-loss"));
    }

    @Test
    void anUnlockWithTheIdCardAndThe社保卡OfTheSamePerson() throws Exception {
        launch();
        DemoCardHolder holder = desk.presentBoth("temp-lost");
        window.click("tile-anshan-tiedong-27");
        window.click("offer-card-unlock");
        window.click("choice-ID_CARD_AND_CARD");
        awaitTitle("请确认");
        assertThat(window.text("choice-confirm")).isEqualTo("确认解挂");
        window.click("choice-confirm");
        awaitTitle("办理完成");
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.NORMAL);
        assertThat(window.allText()).contains("卡状态：正常");
    }

    @Test
    void theIdleWipeMidItemGoesHomeWithNothingOfThePersonLeftAndNothingDone() throws Exception {
        launch(new IdlePolicy(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3)), true);
        DemoCardHolder holder = desk.insertSocialSecurityCard("normal");
        window.click("tile-anshan-tiedong-29");
        window.click("choice-SOCIAL_SECURITY_CARD");
        awaitTitle("请确认");
        assertThat(window.allText()).contains(holder.maskedName(), holder.maskedIdNumber());
        window.waitFor("the question", () -> window.visible("idle-question"));
        window.waitFor("the wipe", () -> window.text("title").equals("测试大厅") && !window.visible("idle-question"));
        assertThat(window.allText()).doesNotContain(holder.maskedName(), holder.maskedIdNumber(), "请确认", "持卡人");
        assertThat(journal()).as("nothing was done at the central").isEmpty();
        assertThat(kiosk.receiptEmulator().printed()).isEmpty();

        window.click("tile-anshan-tiedong-29");
        awaitTitle("社会保障卡应用状态查询");
        assertThat(window.allText()).as("the item starts afresh").doesNotContain(holder.maskedName());
    }

    private static final String NEW_PIN = "258036";
    private final AtomicBoolean pinHandedOver = new AtomicBoolean();
    /**
     * An item that only asks a new PIN, on 社会保障卡启用's tile beside the activation item: the on-screen keypad
     * through the real window, from the robot's taps to the PIN the item is handed.
     */
    private final ShapeOnlyItem pinSetting = new ShapeOnlyItem("pin-setting-test", "社会保障卡启用",
            List.of(PinPrompt.NEW, PinPrompt.NEW_AGAIN), pins -> pinHandedOver.set(pins.chosen()
                    .map(pin -> Arrays.equals(pin.digits(), NEW_PIN.toCharArray())).orElse(false)));

    @Test
    void aNewPinIsTypedTwiceOnTheOnScreenKeypadWhoseDigitsMoveAndReachesTheItem() throws Exception {
        launch();
        desk.insertSocialSecurityCard("sealed");
        window.click("tile-anshan-tiedong-28");
        // 社会保障卡启用 now has the activation item too: the tile asks which one.
        window.click("offer-pin-setting-test");
        window.click("choice-SOCIAL_SECURITY_CARD");
        awaitTitle("请确认");
        window.click("choice-confirm");
        awaitTitle(PinPrompt.NEW.title());
        String firstOrder = digitOrder();
        typeOnTheKeypad(NEW_PIN.substring(0, 2));
        window.waitFor("two dots", () -> window.text("line-0").equals("已输入：●●○○○○"));
        assertThat(window.allText()).doesNotContain(NEW_PIN.substring(0, 2));
        typeOnTheKeypad(NEW_PIN.substring(2));
        window.click("keypad-enter");
        awaitTitle(PinPrompt.NEW_AGAIN.title());
        window.waitFor("no dots", () -> window.text("line-0").equals("已输入：○○○○○○"));
        String secondOrder = digitOrder();
        typeOnTheKeypad(NEW_PIN);
        window.click("keypad-enter");
        awaitTitle("办理完成");
        assertThat(pinHandedOver).as("the PIN the item was handed").isTrue();
        assertThat(List.of(firstOrder, secondOrder)).as("each entry draws its own layout; the same twice in a row is"
                + " one chance in 3.6 million").doesNotHaveDuplicates();
    }

    private void typeOnTheKeypad(String digits) throws InterruptedException {
        for (char digit : digits.toCharArray()) {
            window.click("keypad-" + digit);
        }
    }

    /** The keypad's digits in reading order, as the person sees them. */
    private String digitOrder() {
        return GuiActionRunner.execute(() -> {
            List<java.awt.Component> keys = new ArrayList<>();
            for (char digit = '0'; digit <= '9'; digit++) {
                keys.add(window.find("keypad-" + digit).orElseThrow());
            }
            keys.sort(java.util.Comparator.<java.awt.Component>comparingInt(key -> key.getLocationOnScreen().y)
                    .thenComparingInt(key -> key.getLocationOnScreen().x));
            StringBuilder order = new StringBuilder();
            keys.forEach(key -> order.append(((javax.swing.AbstractButton) key).getText()));
            return order.toString();
        });
    }

    @Test
    void beforeTheCentralIsUpALossReportSaysSoAndWhereToGoAndNothingIsDone() throws Exception {
        launch(IdlePolicy.DEFAULT, false);
        DemoCardHolder holder = desk.placeIdCard("normal");
        window.click("tile-anshan-tiedong-27");
        window.click("offer-card-loss");
        window.click("choice-ID_CARD");
        window.click("choice-TEMPORARY");
        awaitTitle("请确认");
        window.click("choice-confirm");
        awaitTitle("暂时无法办理");
        assertThat(window.text("instruction")).contains("业务系统暂时连接不上", "没有办理", "0412-5550533");
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.NORMAL);
        assertThat(journal()).singleElement().satisfies(entry ->
                assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.FAILED));
        window.click("choice-finish");
        window.waitFor("home", () -> window.text("title").equals("测试大厅"));
    }

    @Test
    void theTileOfAnItemThisKioskDoesNotDoOpensItsGuidePage() throws Exception {
        launch();
        assertThat(window.text("tile-anshan-tiedong-26")).contains("本机暂未开通");
        window.click("tile-anshan-tiedong-26");
        window.waitFor("the guide page", () -> window.text("title").equals("社会保障卡补领、换领、补发"));
        assertThat(window.text("availability")).contains("本机暂未开通此业务");
        assertThat(window.find("start-here")).isEmpty();
    }
}
