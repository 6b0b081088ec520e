package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.config.KioskConfig;
import com.hallkiosk.guide.GuideSearch;
import com.hallkiosk.session.IdlePolicy;
import com.hallkiosk.ui.EdtCheckingRepaintManager;
import com.hallkiosk.ui.KioskWindow;
import com.hallkiosk.ui.WindowDriver;
import java.awt.Component;
import java.awt.Font;
import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real kiosk window under a display (Xvfb from scripts/test), driven by a robot: browsing,
 * search by initials, 长辈模式 and language, the idle question and the wipe, printing, dragging, and
 * the exits kiosk mode refuses. Every Swing access off the event thread is recorded and fails the
 * test, and every search must run off the event thread.
 */
class KioskWindowUiTest {
    private static final Catalog CATALOG = CuratedCatalogFixture.catalog();
    private static EdtCheckingRepaintManager edtCheck;

    private final List<String> searchThreads = new CopyOnWriteArrayList<>();
    private Robot robot;
    private KioskLauncher.RunningKiosk kiosk;
    private WindowDriver window;

    @BeforeAll
    static void needsADisplay() {
        edtCheck = WindowDriver.needsADisplay();
    }

    @BeforeEach
    void robot() {
        edtCheck.violations().clear();
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
        window = new WindowDriver(robot, () -> kiosk.window().frame(), () -> kiosk.settle());
    }

    @AfterEach
    void closeAndCheckTheEventThread() {
        if (kiosk != null) {
            kiosk.close();
        }
        robot.cleanUp();
        assertThat(edtCheck.violations()).as("Swing used off the event thread").isEmpty();
        assertThat(searchThreads).as("searches ran on").allSatisfy(thread -> assertThat(thread).isEqualTo("session-worker"));
    }

    private void launch(KioskWindow.Mode mode, IdlePolicy idle) throws InterruptedException {
        KioskConfig config = new KioskConfig("ui-test", "fushun", "测试大厅", Path.of("target"),
                KioskConfig.Orientation.LANDSCAPE, ZoneId.of("Asia/Shanghai"), idle);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Wiring wiring = new Wiring(quiet, quiet, Clock.systemUTC());
        kiosk = new KioskLauncher(wiring).launch(config, CATALOG,
                java.util.concurrent.CompletableFuture.completedFuture(com.hallkiosk.fonts.KioskFonts.load()), mode,
                () -> { }, this::recordingThread);
        kiosk.settle();
        waitFor("the home screen", () -> text("title").equals("测试大厅"));
    }

    private GuideSearch recordingThread(GuideSearch search) {
        return (query, limit) -> {
            searchThreads.add(SwingUtilities.isEventDispatchThread() ? "EDT" : Thread.currentThread().getName());
            return search.search(query, limit);
        };
    }

    private void launch() throws InterruptedException {
        launch(KioskWindow.Mode.KIOSK, IdlePolicy.DEFAULT);
    }

    @Test
    void browsesFromHomeThroughACategoryToAnItemAndBack() throws Exception {
        launch();
        click("open-guide");
        waitFor("the guide", () -> text("title").startsWith("服务指南"));
        click("category-六");
        waitFor("the card category", () -> text("title").equals("社会保障卡"));
        click("item-fushun-38");
        waitFor("the item", () -> text("title").equals("社会保障卡挂失与解挂"));
        assertThat(text("availability")).contains("本机暂未开通此业务");
        assertThat(allText()).contains("持卡人应当持有效身份证件", "抚顺市合作银行网点", "12333");
        click("back");
        waitFor("back to the category", () -> text("title").equals("社会保障卡"));
        click("home");
        waitFor("home", () -> text("title").equals("测试大厅"));
    }

    @Test
    void searchesByInitialsOnTheOnScreenKeyboard() throws Exception {
        launch();
        click("open-search");
        waitFor("the search screen", () -> text("title").equals("搜索事项"));
        for (String key : List.of("key-s", "key-b", "key-k")) {
            click(key);
        }
        waitFor("results for sbk", () -> text("query").equals("sbk") && text("result-title-0").equals("社会保障卡申领"));
        assertThat(text("result-count")).isEqualTo("找到 19 项");
        click("key-backspace");
        waitFor("results for sb", () -> text("query").equals("sb"));
        click("key-clear");
        waitFor("an empty query", () -> text("query").equals("请输入要找的事项"));
        for (char key : "guashi".toCharArray()) {
            click("key-" + key);
        }
        waitFor("results for guashi", () -> text("result-title-0").equals("社会保障卡挂失与解挂"));
        click("result-0");
        waitFor("the loss report item", () -> text("title").equals("社会保障卡挂失与解挂"));
        assertThat(searchThreads).isNotEmpty();
    }

    @Test
    void elderModeEnlargesTextAndTheLanguageSwitchChangesTheChrome() throws Exception {
        launch();
        float everyday = font("title").getSize2D();
        click("elder-mode");
        waitFor("长辈模式", () -> text("elder-mode").equals("长辈模式：已开启"));
        assertThat(font("title").getSize2D()).as("title size in 长辈模式").isGreaterThanOrEqualTo(everyday * 1.5f);
        assertThat(GuiActionRunner.execute(() -> javax.swing.UIManager.get("Kiosk.lineSpacing"))).isEqualTo(1.5f);
        click("language");
        waitFor("English chrome", () -> text("instruction").startsWith("Tap a service"));
        assertThat(text("elder-mode")).isEqualTo("Senior mode: on");
        assertThat(text("title")).as("catalog and hall text stay as written").isEqualTo("测试大厅");
    }

    @Test
    void anUnansweredQuestionWipesTheVisitAndAnAnsweredOneKeepsIt() throws Exception {
        launch(KioskWindow.Mode.KIOSK, new IdlePolicy(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(3)));
        click("open-guide");
        waitFor("the guide", () -> text("title").startsWith("服务指南"));
        waitFor("the question", () -> visible("idle-question"));
        assertThat(text("idle-countdown")).contains("秒后将回到首页");
        click("more-time");
        waitFor("the question gone", () -> !visible("idle-question"));
        assertThat(text("title")).startsWith("服务指南");
        click("elder-mode");
        click("language");
        waitFor("English 长辈模式", () -> text("elder-mode").equals("Senior mode: on"));
        waitFor("the question again", () -> visible("idle-question"));
        waitFor("the wipe", () -> text("title").equals("测试大厅") && text("elder-mode").equals("长辈模式"));
        assertThat(text("instruction")).as("language back to Chinese").startsWith("请点选");
        assertThat(visible("idle-question")).isFalse();
    }

    @Test
    void printsTheChecklistAndShowsThePaper() throws Exception {
        launch();
        click("tile-fushun-38");
        waitFor("the item", () -> text("title").equals("社会保障卡挂失与解挂"));
        click("print-checklist");
        waitFor("printed", () -> text("print-status").equals("清单已打印，请取走凭条。"));
        assertThat(find("paper")).isPresent();
    }

    @Test
    void paperRunningOutMidJobSaysSoAndOffersToPrintAgain() throws Exception {
        launch();
        kiosk.receiptEmulator().runOutOfPaperAfter(200);
        click("tile-fushun-38");
        waitFor("the item", () -> text("title").equals("社会保障卡挂失与解挂"));
        click("print-checklist");
        waitFor("the failure", () -> text("print-status").startsWith("打印没有完成"));
        assertThat(text("print-status")).contains("不完整");
        assertThat(find("paper")).as("no paper shown for a job that did not finish").isEmpty();
        kiosk.receiptEmulator().loadPaper();
        click("print-again");
        waitFor("printed", () -> text("print-status").equals("清单已打印，请取走凭条。"));
        assertThat(find("paper")).isPresent();
    }

    @Test
    void draggingScrollsWithoutOpeningWhatTheFingerStartedOn() throws Exception {
        launch();
        click("open-guide");
        waitFor("the guide", () -> text("title").startsWith("服务指南"));
        JComponent card = (JComponent) find("category-六").orElseThrow();
        JScrollPane scroll = GuiActionRunner.execute(() -> (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, card));
        Point start = GuiActionRunner.execute(() -> {
            Point p = card.getLocationOnScreen();
            return new Point(p.x + card.getWidth() / 2, p.y + card.getHeight() / 2);
        });
        robot.moveMouse(start);
        robot.pressMouse(org.assertj.swing.core.MouseButton.LEFT_BUTTON);
        for (int dy = 20; dy <= 300; dy += 20) {
            robot.moveMouse(new Point(start.x, start.y - dy));
        }
        robot.releaseMouse(org.assertj.swing.core.MouseButton.LEFT_BUTTON);
        kiosk.settle();
        assertThat(GuiActionRunner.execute(() -> scroll.getViewport().getViewPosition().y)).as("scrolled").isGreaterThan(100);
        assertThat(text("title")).as("no tap").startsWith("服务指南");
    }

    @Test
    void kioskModeRefusesEveryWayOut() throws Exception {
        launch();
        robot.pressAndReleaseKey(KeyEvent.VK_F4, InputEvent.ALT_DOWN_MASK);
        robot.pressAndReleaseKey(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK);
        robot.pressAndReleaseKey(KeyEvent.VK_W, InputEvent.CTRL_DOWN_MASK);
        robot.pressAndReleaseKey(KeyEvent.VK_TAB, InputEvent.ALT_DOWN_MASK);
        GuiActionRunner.execute(() -> kiosk.window().frame().dispatchEvent(
                new WindowEvent(kiosk.window().frame(), WindowEvent.WINDOW_CLOSING)));
        kiosk.settle();
        assertThat(GuiActionRunner.execute(() -> kiosk.window().frame().isShowing())).isTrue();
        assertThat(GuiActionRunner.execute(() -> kiosk.window().frame().isUndecorated())).isTrue();
        assertThat(text("title")).isEqualTo("测试大厅");
    }

    @Test
    void touchTargetsAreAtLeast64PixelsHigh() throws Exception {
        launch();
        for (String name : List.of("open-guide", "open-search", "tile-fushun-36", "elder-mode", "language")) {
            assertThat(GuiActionRunner.execute(() -> find(name).orElseThrow().getHeight())).as(name).isGreaterThanOrEqualTo(64);
        }
        click("open-search");
        waitFor("the keyboard", () -> find("key-a").isPresent());
        assertThat(GuiActionRunner.execute(() -> find("key-a").orElseThrow().getHeight())).isGreaterThanOrEqualTo(64);
        assertThat(GuiActionRunner.execute(() -> find("key-a").orElseThrow().getWidth())).isGreaterThanOrEqualTo(64);
    }

    private void click(String name) throws InterruptedException {
        window.click(name);
    }

    private String text(String name) {
        return window.text(name);
    }

    private Font font(String name) {
        return window.font(name);
    }

    private boolean visible(String name) {
        return window.visible(name);
    }

    private String allText() {
        return window.allText();
    }

    private Optional<Component> find(String name) {
        return window.find(name);
    }

    private void waitFor(String what, Supplier<Boolean> condition) throws InterruptedException {
        window.waitFor(what, condition);
    }
}
