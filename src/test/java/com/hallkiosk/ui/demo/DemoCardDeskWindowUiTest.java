package com.hallkiosk.ui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.demo.DemoCardDesk;
import com.hallkiosk.demo.DemoCardHolder;
import com.hallkiosk.demo.DemoCards;
import com.hallkiosk.demo.EmulatedReaders;
import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.device.sscard.emulator.VirtualSocialSecurityCard;
import com.hallkiosk.fonts.KioskFonts;
import com.hallkiosk.ui.EdtCheckingRepaintManager;
import com.hallkiosk.ui.WindowDriver;
import com.hallkiosk.ui.theme.KioskTheme;
import java.awt.Component;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo card desk's own window: every card's buttons in view (none cut off at the window's edge), and what each
 * puts on the emulated readers and in front of the camera, done off the event thread.
 */
class DemoCardDeskWindowUiTest {
    /** The demo's population (app.Wiring's seed and DemoBackOffice's size). */
    private static final DemoCards CARDS = DemoCards.of(new DemoPopulation(20261122L, 1_000, LocalDate.of(2026, 11, 22)));
    private static EdtCheckingRepaintManager edtCheck;

    private final List<String> done = new CopyOnWriteArrayList<>();
    private final ExecutorService hands = Executors.newSingleThreadExecutor();
    private DemoCardDeskWindow desk;
    private Robot robot;
    private WindowDriver window;

    @BeforeAll
    static void needsADisplay() {
        edtCheck = WindowDriver.needsADisplay();
    }

    @BeforeEach
    void openTheDesk() throws Exception {
        edtCheck.violations().clear();
        KioskFonts.load();
        DemoCardDesk cards = new DemoCardDesk(CARDS, new RecordingReaders(done));
        SwingUtilities.invokeAndWait(() -> {
            new KioskTheme().apply(false);
            desk = DemoCardDeskWindow.open(cards, hands, new Rectangle(0, 0, 1200, 1000), false);
        });
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        window = new WindowDriver(robot, () -> desk.frame(), DemoCardDeskWindowUiTest::settle);
    }

    private static void settle() throws InterruptedException {
        try {
            SwingUtilities.invokeAndWait(() -> { });
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() throws Exception {
        SwingUtilities.invokeAndWait(desk::close);
        robot.cleanUp();
        hands.shutdownNow();
        assertThat(edtCheck.violations()).as("Swing used off the event thread").isEmpty();
    }

    @Test
    void everyCardsButtonsAreWithinTheWindow() {
        GuiActionRunner.execute(() -> {
            JFrame frame = desk.frame();
            int right = frame.getContentPane().getLocationOnScreen().x + frame.getContentPane().getWidth();
            for (DemoCardHolder card : CARDS.all()) {
                for (String action : List.of("id", "card", "both", "photo", "remove")) {
                    Component button = window.find("desk-" + card.key() + "-" + action).orElseThrow();
                    assertThat(button.getLocationOnScreen().x + button.getWidth()).as(card.key() + " " + action)
                            .isLessThanOrEqualTo(right);
                }
            }
        });
    }

    @Test
    void theIdCardPutsItsHolderInFrontOfTheCameraAndThePhotoIsHeldUpInstead() throws Exception {
        DemoCardHolder certify = CARDS.byKey("certify").orElseThrow();
        String id = certify.person().person().idNumber();
        scrollTo("desk-certify-id");
        window.click("desk-certify-id");
        window.waitFor("the ID card laid down", () -> done.size() == 2);
        window.click("desk-certify-photo");
        window.waitFor("the photo held up", () -> window.text("desk-status").contains("举起了自己的照片"));
        assertThat(done).containsExactly("id card " + id, "camera " + id + " live", "camera " + id + " photo");
    }

    private void scrollTo(String name) {
        GuiActionRunner.execute(() -> {
            javax.swing.JComponent button = (javax.swing.JComponent) window.find(name).orElseThrow();
            button.scrollRectToVisible(new Rectangle(button.getSize()));
        });
    }

    /** Readers that write down what the desk asked of them, never the person's data beyond the ID number. */
    private record RecordingReaders(List<String> done) implements EmulatedReaders {
        @Override
        public void placeIdCard(IdCard card) {
            done.add("id card " + card.idNumber());
        }

        @Override
        public void removeIdCard() {
            done.add("id card removed");
        }

        @Override
        public void insertSocialSecurityCard(VirtualSocialSecurityCard card) {
            done.add("card inserted");
        }

        @Override
        public void removeSocialSecurityCard() {
            done.add("card removed");
        }

        @Override
        public void stepUpToCamera(String idNumber, boolean holdingUpAPhoto) {
            done.add("camera " + idNumber + (holdingUpAPhoto ? " photo" : " live"));
        }
    }
}
