package com.hallkiosk.ui.demo;

import com.formdev.flatlaf.FlatClientProperties;
import com.hallkiosk.demo.DemoCardDesk;
import com.hallkiosk.demo.DemoCardHolder;
import com.hallkiosk.ui.theme.KioskTheme;
import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.FlowLayout;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Rectangle;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;

/**
 * 演示卡片台, the demo card desk: a small window of its own beside the kiosk, for whoever runs the demo and never
 * part of the kiosk's screen. It lists the demo cards (masked, with what to try) and lays a person's ID card on
 * the emulated module (and the person in front of the camera), puts their 社保卡 in the virtual reader, both, holds
 * up the person's photo to the camera, or takes the cards away; the kiosk then
 * reads them through the same drivers as real cards. The cards are handled on {@code hands}, off the event thread.
 */
public final class DemoCardDeskWindow {
    private static final String TITLE = "演示卡片台 demo card desk";
    private static final int WIDTH = 600;

    private final JFrame frame = new JFrame(TITLE);
    private final JLabel status = new JLabel("桌上没有卡 no card on the readers");
    private final DemoCardDesk desk;
    private final Executor hands;
    private final Font font = KioskTheme.font("Kiosk.deskFont");

    private DemoCardDeskWindow(DemoCardDesk desk, Executor hands) {
        this.desk = desk;
        this.hands = hands;
    }

    /**
     * Opens the desk at the right of the screen, beside {@code kiosk}; over a full-screen kiosk it stays on top,
     * and {@link #toggle()} hides and shows it. On the event thread.
     */
    public static DemoCardDeskWindow open(DemoCardDesk desk, Executor hands, Rectangle kiosk, boolean onTop) {
        DemoCardDeskWindow window = new DemoCardDeskWindow(desk, hands);
        window.build(kiosk, onTop);
        return window;
    }

    private void build(Rectangle kiosk, boolean onTop) {
        frame.setName("demo-card-desk");
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        frame.setAlwaysOnTop(onTop);
        JPanel rows = new JPanel();
        rows.setLayout(new BoxLayout(rows, BoxLayout.Y_AXIS));
        for (DemoCardHolder card : desk.cards().all()) {
            rows.add(row(card));
        }
        status.setName("desk-status");
        status.setFont(font);
        int gap = KioskTheme.gap() / 2;
        status.setBorder(BorderFactory.createEmptyBorder(gap, gap, gap, gap));
        JPanel content = new JPanel(new BorderLayout());
        content.add(new JScrollPane(rows), BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        frame.setContentPane(content);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int x = kiosk.x + kiosk.width + WIDTH <= screen.x + screen.width ? kiosk.x + kiosk.width
                : screen.x + screen.width - WIDTH;
        frame.setBounds(x, screen.y, WIDTH, screen.height);
        frame.setVisible(true);
    }

    private JComponent row(DemoCardHolder card) {
        int gap = KioskTheme.gap() / 2;
        JPanel row = new JPanel(new BorderLayout(0, gap / 2));
        row.setName("desk-" + card.key());
        row.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 0, 1, 0,
                KioskTheme.color("Kiosk.tile.border")), BorderFactory.createEmptyBorder(gap, gap, gap, gap)));
        JLabel who = new JLabel("<html><b>" + card.key() + "</b> · " + card.maskedName() + " " + card.maskedIdNumber()
                + " · " + card.cardState().chinese() + " · PIN tries " + card.pinTriesLeft() + "<br>"
                + card.demoCase().whatToTry() + "</html>");
        who.setFont(font);
        row.add(who, BorderLayout.NORTH);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, gap, 0));
        buttons.add(button(card.key() + "-id", "放身份证", () -> {
            desk.placeIdCard(card.key());
            return card.key() + " 的身份证在阅读器上";
        }));
        buttons.add(button(card.key() + "-card", "插社保卡", () -> {
            desk.insertSocialSecurityCard(card.key());
            return card.key() + " 的社保卡插在读卡器里";
        }));
        buttons.add(button(card.key() + "-both", "两张都放", () -> {
            desk.presentBoth(card.key());
            return card.key() + " 的身份证和社保卡都放好了";
        }));
        buttons.add(button(card.key() + "-photo", "举照片", () -> {
            desk.holdUpPhoto(card.key());
            return card.key() + " 对着摄像头举起了自己的照片";
        }));
        buttons.add(button(card.key() + "-remove", "取走", () -> {
            desk.removeAll();
            return "卡都取走了 no card on the readers";
        }));
        row.add(buttons, BorderLayout.CENTER);
        row.setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, row.getPreferredSize().height));
        return row;
    }

    private JButton button(String name, String label, Supplier<String> action) {
        JButton button = new JButton(label);
        button.setName("desk-" + name);
        button.setFont(font);
        button.putClientProperty(FlatClientProperties.MINIMUM_HEIGHT, 0);
        int gap = KioskTheme.gap() / 4;
        button.setMargin(new Insets(gap, gap * 2, gap, gap * 2));
        button.addActionListener(event -> hands.execute(() -> {
            String said;
            try {
                said = action.get();
            } catch (RuntimeException e) {
                said = "没有做到 failed: " + e.getMessage();
            }
            String shown = said;
            SwingUtilities.invokeLater(() -> status.setText(shown));
        }));
        return button;
    }

    /** The desk's own window, for tests that drive it. */
    JFrame frame() {
        return frame;
    }

    /** Hides the desk, or shows it again; on the event thread. */
    public void toggle() {
        frame.setVisible(!frame.isVisible());
    }

    public void close() {
        frame.dispose();
    }
}
