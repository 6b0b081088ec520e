package com.hallkiosk.ui;

import com.hallkiosk.shell.ShellActions;
import com.hallkiosk.ui.theme.KioskTheme;
import com.hallkiosk.ui.widgets.Paragraph;
import com.hallkiosk.ui.widgets.TouchButton;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.Graphics;
import java.awt.GridBagLayout;
import java.awt.event.MouseAdapter;
import java.time.Duration;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * "还需要更多时间吗？" on the screen itself, over the page, with the seconds left and two large
 * answers. It is part of the window, never a separate dialog, and it takes every touch while shown.
 */
final class IdleQuestion extends JPanel {
    private static final int MAX_WIDTH = 1200;

    private final Messages messages;
    private final JPanel box = new JPanel(new BorderLayout(0, KioskTheme.gap()));
    private final Paragraph question;
    private final Paragraph countdown;

    IdleQuestion(Messages messages, ShellActions actions) {
        super(new GridBagLayout());
        this.messages = messages;
        this.question = new Paragraph(messages.text("idle.question"), KioskTheme.font("Kiosk.titleFont"),
                KioskTheme.color("Label.foreground"));
        this.countdown = new Paragraph(" ", KioskTheme.font("Kiosk.headingFont"), KioskTheme.color("Label.foreground"));
        setName("idle-question");
        setOpaque(false);
        // Any listener makes the panel the target of every touch under it, so the page cannot be used.
        addMouseListener(new MouseAdapter() { });
        int gap = KioskTheme.gap();
        box.setBackground(KioskTheme.color("Kiosk.question.background"));
        box.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(KioskTheme.color("Kiosk.tile.border"), 4),
                BorderFactory.createEmptyBorder(gap * 2, gap * 2, gap * 2, gap * 2)));
        question.setName("idle-title");
        box.add(question, BorderLayout.NORTH);
        countdown.setName("idle-countdown");
        box.add(countdown, BorderLayout.CENTER);
        // Two wide answers, one above the other: large targets, and nothing wraps out of the box.
        JPanel answers = new JPanel(new GridLayout(0, 1, gap, gap));
        answers.setOpaque(false);
        answers.add(new TouchButton("more-time", messages.text("idle.more"), actions::moreTime));
        answers.add(new TouchButton("end-visit", messages.text("idle.end"), actions::endVisit));
        box.add(answers, BorderLayout.SOUTH);
        add(box);
        setVisible(false);
    }

    /** Shows the question with the seconds left, sized to the window so no word is cut. */
    void ask(Duration left) {
        countdown.setText(messages.text("idle.countdown", left.toSeconds()));
        int gap = KioskTheme.gap();
        int width = Math.min(MAX_WIDTH, Math.max(getWidth(), MAX_WIDTH / 2) - gap * 4);
        int inner = width - gap * 4 - 8;
        box.setPreferredSize(null);
        int height = question.heightAt(inner) + countdown.heightAt(inner) + gap * 6 + 8
                + ((JComponent) ((BorderLayout) box.getLayout()).getLayoutComponent(BorderLayout.SOUTH))
                .getPreferredSize().height;
        box.setPreferredSize(new Dimension(width, height));
        setVisible(true);
        revalidate();
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        Color scrim = KioskTheme.color("Kiosk.question.scrim");
        g.setColor(scrim);
        g.fillRect(0, 0, getWidth(), getHeight());
        super.paintComponent(g);
    }
}
