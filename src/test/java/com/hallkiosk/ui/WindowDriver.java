package com.hallkiosk.ui;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.RepaintManager;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * Drives a real window the way the kiosk tests do: finds showing components by name (in the layered pane,
 * so the idle question counts), reads their text on the event thread, clicks them with the robot, and waits
 * for the screen to show something, naming what it showed instead when it does not.
 */
public final class WindowDriver {
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Waits until what was clicked has been acted on (the kiosk's worker, then the event thread). */
    @FunctionalInterface
    public interface Settle {
        void settle() throws InterruptedException;
    }

    private final Robot robot;
    private final Supplier<JFrame> frame;
    private final Settle settle;

    private static final EdtCheckingRepaintManager EDT_CHECK = new EdtCheckingRepaintManager();

    /**
     * Skips the test without a display, or fails it when {@code -Dhallkiosk.ui.required=true} (scripts/test, which
     * starts Xvfb) says there must be one; then records every change to Swing off the event thread in the
     * manager it returns (a test clears it first and checks it last).
     */
    public static EdtCheckingRepaintManager needsADisplay() {
        if (GraphicsEnvironment.isHeadless() && Boolean.getBoolean("hallkiosk.ui.required")) {
            fail("the UI tests need a display: run scripts/test, which starts Xvfb");
        }
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display; scripts/test provides one");
        RepaintManager.setCurrentManager(EDT_CHECK);
        return EDT_CHECK;
    }

    public WindowDriver(Robot robot, Supplier<JFrame> frame, Settle settle) {
        this.robot = robot;
        this.frame = frame;
        this.settle = settle;
    }

    public void click(String name) throws InterruptedException {
        waitFor(name, () -> find(name).map(Component::isShowing).orElse(false));
        robot.click(find(name).orElseThrow());
        settle.settle();
    }

    public String text(String name) {
        return GuiActionRunner.execute(() -> find(name).map(component -> {
            if (component instanceof JLabel label) {
                return label.getText();
            }
            if (component instanceof AbstractButton button) {
                return button.getText();
            }
            if (component instanceof JTextComponent text) {
                return text.getText();
            }
            return allText((Container) component).strip();
        }).orElse(""));
    }

    public Font font(String name) {
        return GuiActionRunner.execute(() -> find(name).orElseThrow().getFont());
    }

    public boolean visible(String name) {
        return GuiActionRunner.execute(() -> find(name).map(Component::isVisible).orElse(false));
    }

    /** Every label's and text's words in the window's content, one per line. */
    public String allText() {
        return GuiActionRunner.execute(() -> allText(frame.get().getContentPane()));
    }

    private static String allText(Container container) {
        StringBuilder text = new StringBuilder();
        for (Component child : container.getComponents()) {
            if (child instanceof JLabel label) {
                text.append(label.getText()).append('\n');
            } else if (child instanceof JTextComponent pane) {
                text.append(pane.getText()).append('\n');
            } else if (child instanceof AbstractButton button && button.isShowing()) {
                text.append(button.getText()).append('\n');
            }
            if (child instanceof Container inner) {
                text.append(allText(inner));
            }
        }
        return text.toString();
    }

    /** The showing component of that name, if any. */
    public Optional<Component> find(String name) {
        return GuiActionRunner.execute(() -> find(frame.get().getLayeredPane(), name));
    }

    private static Optional<Component> find(Container container, String name) {
        for (Component child : container.getComponents()) {
            if (name.equals(child.getName()) && child.isShowing()) {
                return Optional.of(child);
            }
            if (child instanceof Container inner) {
                Optional<Component> found = find(inner, name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    public void waitFor(String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                fail("waited " + WAIT.toSeconds() + " s for " + what + "; the screen shows: "
                        + allText().replace('\n', '|'));
            }
            Thread.sleep(50);
        }
    }
}
