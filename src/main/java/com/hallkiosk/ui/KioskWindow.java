package com.hallkiosk.ui;

import java.awt.AWTEvent;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.im.InputContext;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLayeredPane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's one window. In kiosk mode it has no decorations, covers the screen, stays on top and
 * cannot be left by the keyboard (Alt+F4, Ctrl+Q, Alt+Tab and the like do nothing, closing is
 * refused); windowed mode, for development, is an ordinary window. Every touch is reported, so the
 * idle watch knows someone is there.
 */
public final class KioskWindow {
    /** Fetched when something is logged, so that starting the kiosk does not start Logback. */
    private static Logger log() {
        return LoggerFactory.getLogger(KioskWindow.class);
    }


    /** Locked down on a terminal, or an ordinary window on a developer's desk. */
    public enum Mode {
        KIOSK, WINDOWED
    }

    private final JFrame frame = new JFrame("Hall Kiosk") {
        /**
         * None: citizens type on the kiosk's own keyboard, and an operating-system input method would
         * open its candidate windows over a locked kiosk. Without it, AWT does not open the X input
         * method (XOpenIM, which reads the locale's compose tables) when the window first gets focus.
         */
        @Override
        public InputContext getInputContext() {
            return null;
        }
    };
    private final Mode mode;
    private final KeyEventDispatcher lockdown = this::swallowExitKeys;
    private final AWTEventListener touches;
    private JComponent question;
    // Ctrl+Alt+Shift+key → what it does for a technician, in kiosk mode (the demo: leave, the card desk).
    private final java.util.Map<Integer, Runnable> technicianKeys = new java.util.concurrent.ConcurrentHashMap<>();

    public KioskWindow(Mode mode, Dimension size, Runnable touched) {
        this.mode = mode;
        this.touches = event -> {
            if (event.getID() == java.awt.event.MouseEvent.MOUSE_PRESSED) {
                touched.run();
            }
        };
        frame.setName("kiosk-window");
        frame.setDefaultCloseOperation(mode == Mode.KIOSK ? JFrame.DO_NOTHING_ON_CLOSE : JFrame.DISPOSE_ON_CLOSE);
        if (mode == Mode.KIOSK) {
            frame.setUndecorated(true);
            frame.setAlwaysOnTop(true);
            frame.setBounds(screenBounds());
            frame.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosing(WindowEvent e) {
                    log().info("A request to close the kiosk window was refused");
                }
            });
        } else {
            frame.setSize(size);
            frame.setLocationRelativeTo(null);
        }
    }

    private static Rectangle screenBounds() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice().getDefaultConfiguration()
                .getBounds();
    }

    public JFrame frame() {
        return frame;
    }

    public Mode mode() {
        return mode;
    }

    void setContent(JComponent chrome, JComponent idleQuestion) {
        frame.setContentPane(chrome);
        if (question != null) {
            frame.getLayeredPane().remove(question);
        }
        question = idleQuestion;
        frame.getLayeredPane().add(question, JLayeredPane.MODAL_LAYER);
        question.setBounds(0, 0, frame.getLayeredPane().getWidth(), frame.getLayeredPane().getHeight());
        frame.getLayeredPane().addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                question.setBounds(0, 0, frame.getLayeredPane().getWidth(), frame.getLayeredPane().getHeight());
            }
        });
        frame.validate();
    }

    public void open() {
        Toolkit.getDefaultToolkit().addAWTEventListener(touches, AWTEvent.MOUSE_EVENT_MASK);
        if (mode == Mode.KIOSK) {
            KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(lockdown);
        }
        frame.setVisible(true);
    }

    public void close() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(touches);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(lockdown);
        frame.dispose();
    }

    /**
     * Lets a technician leave with Ctrl+Alt+Shift+End, for the demo on a developer's machine; a
     * production kiosk does not call this and has no way out by keyboard.
     */
    public void allowTechnicianExit(Runnable action) {
        allowTechnicianKey(KeyEvent.VK_END, action);
    }

    /** A technician's Ctrl+Alt+Shift+{@code keyCode} in kiosk mode (the demo's card desk); not for citizens. */
    public void allowTechnicianKey(int keyCode, Runnable action) {
        technicianKeys.put(keyCode, action);
    }

    /** Alt+anything (Alt+F4, Alt+Tab, Alt+Esc), the system key, and Ctrl+Q / Ctrl+W / Ctrl+Esc. */
    private boolean swallowExitKeys(KeyEvent key) {
        int modifiers = key.getModifiersEx();
        int technician = InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK;
        Runnable action = technicianKeys.get(key.getKeyCode());
        if (action != null && key.getID() == KeyEvent.KEY_PRESSED && (modifiers & technician) == technician) {
            action.run();
            return true;
        }
        boolean alt = (modifiers & (InputEvent.ALT_DOWN_MASK | InputEvent.ALT_GRAPH_DOWN_MASK)) != 0;
        boolean meta = (modifiers & InputEvent.META_DOWN_MASK) != 0 || key.getKeyCode() == KeyEvent.VK_WINDOWS;
        boolean ctrl = (modifiers & InputEvent.CTRL_DOWN_MASK) != 0;
        int code = key.getKeyCode();
        boolean ctrlExit = ctrl && (code == KeyEvent.VK_Q || code == KeyEvent.VK_W || code == KeyEvent.VK_ESCAPE);
        boolean swallow = alt || meta || ctrlExit || code == KeyEvent.VK_F4;
        if (swallow && key.getID() == KeyEvent.KEY_PRESSED) {
            log().info("Kiosk mode ignored {}", KeyEvent.getModifiersExText(modifiers) + "+" + KeyEvent.getKeyText(code));
        }
        return swallow;
    }
}
