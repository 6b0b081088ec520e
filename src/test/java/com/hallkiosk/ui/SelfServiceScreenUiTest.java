package com.hallkiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.device.pinpad.KeypadKey;
import com.hallkiosk.device.pinpad.KeypadLayout;
import com.hallkiosk.device.pinpad.OnScreenPinPad;
import com.hallkiosk.device.pinpad.PinRequest;
import com.hallkiosk.fonts.KioskFonts;
import com.hallkiosk.items.Choice;
import com.hallkiosk.items.ItemStep;
import com.hallkiosk.items.ItemStep.Stage;
import com.hallkiosk.session.Language;
import com.hallkiosk.session.VisitSettings;
import com.hallkiosk.shell.Place;
import com.hallkiosk.shell.SelfServicePage;
import com.hallkiosk.shell.ShellActions;
import com.hallkiosk.ui.theme.KioskTheme;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The self-service screen in the real window and chrome, fed steps directly: the buttons and Back/Home a step
 * allows, the notice in words, the preview scaled into its half of the screen, and the on-screen keypad drawn
 * from the pad's own layout, each key handed back as it is. Swing off the event thread fails the test.
 */
class SelfServiceScreenUiTest {
    private static EdtCheckingRepaintManager edtCheck;
    private static final int TOUCH_TARGET = 64;

    private final RecordingActions actions = new RecordingActions();
    private Robot robot;
    private KioskWindow kioskWindow;
    private SwingShellView view;
    private WindowDriver window;

    @BeforeAll
    static void needsADisplay() {
        edtCheck = WindowDriver.needsADisplay();
    }

    @BeforeEach
    void openTheWindow() throws Exception {
        edtCheck.violations().clear();
        KioskFonts.load();
        SwingUtilities.invokeAndWait(() -> {
            KioskTheme theme = new KioskTheme();
            theme.apply(false);
            kioskWindow = new KioskWindow(KioskWindow.Mode.WINDOWED, new Dimension(1920, 1080), () -> { });
            view = new SwingShellView(kioskWindow, theme, Clock.systemUTC(), false);
            view.attach(actions);
        });
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
        window = new WindowDriver(robot, kioskWindow::frame, SelfServiceScreenUiTest::settle);
    }

    @AfterEach
    void closeAndCheckTheEventThread() throws Exception {
        SwingUtilities.invokeAndWait(kioskWindow::close);
        robot.cleanUp();
        assertThat(edtCheck.violations()).as("Swing used off the event thread").isEmpty();
    }

    private static void settle() throws InterruptedException {
        try {
            SwingUtilities.invokeAndWait(() -> { });
            SwingUtilities.invokeAndWait(() -> { });
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private void show(ItemStep step, Optional<KeypadLayout> keypad) throws Exception {
        view.show(new SelfServicePage("card-status", "社会保障卡应用状态查询", step, keypad, Optional.empty()), true);
        settle();
        window.waitFor(step.title(), () -> window.text("title").equals(step.title()));
    }

    private static ItemStep step(Stage stage, String notice, List<String> lines, List<Choice> choices, boolean back,
                                 boolean home, Optional<byte[]> preview) {
        return new ItemStep(stage, "请确认", "请核对下面的信息，无误后点“确认查询”。", notice, lines, choices, back, home, preview);
    }

    @Test
    void theConfirmStepShowsItsLinesThePreviewScaledIntoItsHalfAndItsButton() throws Exception {
        byte[] a4 = png(1240, 1754);
        show(step(Stage.CONFIRM, "", List.of("持卡人：张*** 210302********0236", "卡号：A******89"),
                List.of(new Choice("confirm", "确认查询")), true, true, Optional.of(a4)), Optional.empty());

        assertThat(window.allText()).contains("持卡人：张*** 210302********0236", "卡号：A******89", "打印内容预览（个人信息已隐去）");
        Rectangle preview = bounds("preview");
        Rectangle content = GuiActionRunner.execute(() -> kioskWindow.frame().getContentPane().getBounds());
        assertThat(preview.width).as("half the screen, landscape").isLessThanOrEqualTo(content.width / 2);
        assertThat(preview.height).isPositive().isLessThan(content.height);
        assertThat(window.visible("back")).isTrue();
        assertThat(window.visible("home")).isTrue();
        assertThat(bounds("choice-confirm").height).isGreaterThanOrEqualTo(TOUCH_TARGET);

        window.click("choice-confirm");
        assertThat(actions.taps).containsExactly("card-status/confirm");
    }

    @Test
    void whileTheCentralActsThereIsNoBackNoHomeAndNoButton() throws Exception {
        show(new ItemStep(Stage.ACTING, "正在办理", "请稍候，正在与业务系统联系。", "", List.of(), List.of(), false, false,
                Optional.empty()), Optional.empty());
        assertThat(window.visible("back")).isFalse();
        assertThat(window.visible("home")).isFalse();
        assertThat(window.find("choices")).isEmpty();
        assertThat(window.text("instruction")).isEqualTo("请稍候，正在与业务系统联系。");
    }

    @Test
    void aProblemIsToldInWordsOnItsBandAndLargerIn长辈模式() throws Exception {
        String notice = "读卡时卡被拔出了。请把社保卡重新插好，读完之前不要取出。";
        ItemStep identify = new ItemStep(Stage.IDENTIFY, "社会保障卡应用状态查询", "请选择证明身份的方式：插入社会保障卡。", notice,
                List.of(), List.of(new Choice("SOCIAL_SECURITY_CARD", "插入社会保障卡")), true, true, Optional.empty());
        show(identify, Optional.empty());
        assertThat(window.text("notice")).isEqualTo(notice);
        float everyday = window.font("choice-SOCIAL_SECURITY_CARD").getSize2D();

        view.settings(new VisitSettings(true, Language.ENGLISH));
        settle();
        window.waitFor("长辈模式", () -> window.font("choice-SOCIAL_SECURITY_CARD").getSize2D() >= everyday * 1.5f);
        assertThat(window.text("notice")).as("the item's words stay as the item says them").isEqualTo(notice);
        assertThat(window.text("back")).as("the chrome follows the language").isEqualTo("Back");
        assertThat(bounds("choice-SOCIAL_SECURITY_CARD").height).isGreaterThanOrEqualTo(TOUCH_TARGET);
    }

    @Test
    void thePinStepDrawsThePadsOwnLayoutAndHandsBackEachKeyAndNeverADigitOnScreen() throws Exception {
        OnScreenPinPad pad = new OnScreenPinPad(new SecureRandom(), Clock.systemUTC());
        pad.collect(PinRequest.socialSecurityCard(Duration.ofMinutes(1)), (key, digits) -> { });
        KeypadLayout layout = pad.layout().orElseThrow();
        ItemStep enter = new ItemStep(Stage.ENTER_PIN, "请设置新密码", "请输入6位数字作为新密码，按“确认”键。", "",
                List.of("已输入：●●○○○○"), List.of(), true, true, Optional.empty());
        show(enter, Optional.of(layout));

        StringBuilder order = new StringBuilder();
        List<Component> keys = GuiActionRunner.execute(() -> digitKeysInReadingOrder());
        keys.forEach(key -> order.append(((AbstractButton) key).getText()));
        assertThat(order.toString()).as("the digits where the pad put them").isEqualTo(layout.digitOrder());
        for (String name : List.of("keypad-0", "keypad-9", "keypad-enter", "keypad-cancel", "keypad-clear", "keypad-backspace")) {
            assertThat(bounds(name).height).as(name).isGreaterThanOrEqualTo(TOUCH_TARGET);
            assertThat(bounds(name).width).as(name).isGreaterThanOrEqualTo(TOUCH_TARGET);
        }
        assertThat(window.text("keypad-enter")).isEqualTo("确认");
        assertThat(window.text("line-0")).isEqualTo("已输入：●●○○○○");

        window.click("keypad-7");
        window.click("keypad-enter");
        assertThat(actions.keys).extracting(KeypadKey::label).containsExactly("7", "确认");
        pad.close();
    }

    private List<Component> digitKeysInReadingOrder() {
        List<Component> keys = new java.util.ArrayList<>();
        for (char digit = '0'; digit <= '9'; digit++) {
            keys.add(window.find("keypad-" + digit).orElseThrow());
        }
        keys.sort(java.util.Comparator.<Component>comparingInt(c -> c.getLocationOnScreen().y)
                .thenComparingInt(c -> c.getLocationOnScreen().x));
        return keys;
    }

    private Rectangle bounds(String name) {
        return GuiActionRunner.execute(() -> window.find(name).orElseThrow().getBounds());
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The shell as the screen sees it: what was tapped and which keys were pressed. */
    private static final class RecordingActions implements ShellActions {
        final List<String> taps = new CopyOnWriteArrayList<>();
        final List<KeypadKey> keys = new CopyOnWriteArrayList<>();

        @Override
        public void tapped(String itemId, String key) {
            taps.add(itemId + "/" + key);
        }

        @Override
        public void pressKey(KeypadKey key) {
            keys.add(key);
        }

        @Override
        public void touched() {
        }

        @Override
        public void open(Place place) {
        }

        @Override
        public void back() {
        }

        @Override
        public void home() {
        }

        @Override
        public void setElderMode(boolean on) {
        }

        @Override
        public void setLanguage(Language language) {
        }

        @Override
        public void type(char key) {
        }

        @Override
        public void backspace() {
        }

        @Override
        public void clearQuery() {
        }

        @Override
        public void printChecklist(String itemId) {
        }

        @Override
        public void moreTime() {
        }

        @Override
        public void endVisit() {
        }
    }
}
