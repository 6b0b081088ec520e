package com.hallkiosk.ui;

import com.hallkiosk.session.Language;
import com.hallkiosk.session.VisitSettings;
import com.hallkiosk.shell.ShellActions;
import com.hallkiosk.ui.screens.Screen;
import com.hallkiosk.ui.theme.KioskTheme;
import com.hallkiosk.ui.widgets.Blocks;
import com.hallkiosk.ui.widgets.Paragraph;
import com.hallkiosk.ui.widgets.TouchButton;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.time.Duration;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * What is around every screen: its title and instruction, the time left, Back and Home at the top;
 * the 长辈模式 and language switches at the bottom, within reach on every screen.
 */
final class ScreenChrome extends JPanel {
    private final Messages messages;
    private final JPanel header = new JPanel(new BorderLayout(0, KioskTheme.gap() / 2));
    private final JLabel remaining = Blocks.label("remaining", "", "Kiosk.headingFont");
    private final TouchButton back;
    private final TouchButton home;
    private final boolean portrait;
    private JComponent body;

    ScreenChrome(Messages messages, ShellActions actions, VisitSettings settings, boolean portrait) {
        super(new BorderLayout());
        this.messages = messages;
        this.portrait = portrait;
        setName("chrome");
        header.setName("header");
        header.setBackground(KioskTheme.color("Kiosk.header.background"));
        int gap = KioskTheme.gap();
        header.setBorder(BorderFactory.createEmptyBorder(gap, gap, gap, gap));
        remaining.setForeground(KioskTheme.color("Kiosk.header.foreground"));
        back = new TouchButton("back", messages.text("chrome.back"), actions::back);
        home = new TouchButton("home", messages.text("chrome.home"), actions::home);
        add(header, BorderLayout.NORTH);
        add(footer(actions, settings), BorderLayout.SOUTH);
    }

    private JComponent footer(ShellActions actions, VisitSettings settings) {
        int gap = KioskTheme.gap();
        JPanel footer = new JPanel(new FlowLayout(FlowLayout.CENTER, gap * 2, gap / 2));
        footer.setName("footer");
        footer.setBorder(BorderFactory.createMatteBorder(2, 0, 0, 0, KioskTheme.color("Kiosk.tile.border")));
        TouchButton elder = new TouchButton("elder-mode",
                messages.text(settings.elderMode() ? "chrome.elder.on" : "chrome.elder.off"),
                () -> actions.setElderMode(!settings.elderMode()));
        elder.setBackground(KioskTheme.color("Kiosk.elder.background"));
        elder.setForeground(KioskTheme.color("Kiosk.elder.foreground"));
        elder.setFont(KioskTheme.font("Kiosk.headingFont"));
        footer.add(elder);
        footer.add(new TouchButton("language", messages.text("chrome.language"),
                () -> actions.setLanguage(settings.language() == Language.CHINESE ? Language.ENGLISH : Language.CHINESE)));
        return footer;
    }

    /**
     * Lays out the header for the screen: Back, the title and the time left with Home in one row and
     * the instruction under it; in portrait the title gets a row of its own, so it is never cut.
     */
    void show(Screen screen, boolean canGoBack) {
        Color ink = KioskTheme.color("Kiosk.header.foreground");
        Paragraph title = new Paragraph(screen.title(), KioskTheme.font("Kiosk.titleFont"), ink);
        title.setName("title");
        Paragraph instruction = new Paragraph(screen.instruction(), KioskTheme.font("defaultFont"), ink);
        instruction.setName("instruction");
        back.setVisible(screen.offersBack(canGoBack));
        home.setVisible(screen.offersHome(canGoBack));
        int gap = KioskTheme.gap();
        JPanel left = row(FlowLayout.LEFT);
        left.add(back);
        JPanel right = row(FlowLayout.RIGHT);
        right.add(remaining);
        right.add(home);
        JPanel top = new JPanel(new BorderLayout(gap, 0));
        top.setOpaque(false);
        top.add(left, BorderLayout.WEST);
        top.add(right, BorderLayout.EAST);
        JPanel words = new JPanel(new BorderLayout(0, gap / 2));
        words.setOpaque(false);
        if (portrait) {
            words.add(title, BorderLayout.NORTH);
        } else {
            top.add(title, BorderLayout.CENTER);
        }
        words.add(instruction, BorderLayout.CENTER);
        header.removeAll();
        header.add(top, BorderLayout.NORTH);
        header.add(words, BorderLayout.CENTER);
        if (body != null) {
            remove(body);
        }
        body = screen.body();
        add(body, BorderLayout.CENTER);
        revalidate();
        repaint();
    }

    private static JPanel row(int alignment) {
        JPanel row = new JPanel(new FlowLayout(alignment, KioskTheme.gap(), 0));
        row.setOpaque(false);
        return row;
    }

    void remaining(Duration left) {
        remaining.setText(left.isZero() ? "" : messages.text("chrome.remaining", left.toSeconds()));
    }
}
