package com.hallkiosk.ui.widgets;

import com.hallkiosk.ui.theme.KioskTheme;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** The building blocks screens are made of, sized and coloured by the theme. */
public final class Blocks {
    private Blocks() {
    }

    public static JLabel label(String name, String text, String fontKey) {
        JLabel label = new JLabel(text);
        label.setName(name);
        label.setFont(KioskTheme.font(fontKey));
        return label;
    }

    /** A centred row of buttons, the actions of a screen. */
    public static JComponent actionBar(JComponent... buttons) {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.CENTER, KioskTheme.gap(), KioskTheme.gap() / 2));
        bar.setOpaque(false);
        bar.setBorder(BorderFactory.createEmptyBorder(KioskTheme.gap() / 2, 0, KioskTheme.gap() / 2, 0));
        for (JComponent button : buttons) {
            bar.add(button);
        }
        return bar;
    }

    public static JComponent heading(String text) {
        return new Paragraph(text, KioskTheme.font("Kiosk.headingFont"), KioskTheme.color("Label.foreground"));
    }

    public static JComponent text(String text) {
        return new Paragraph(text);
    }

    public static JComponent small(String text) {
        return new Paragraph(text, KioskTheme.font("Kiosk.smallFont"), KioskTheme.color("Label.foreground"));
    }

    /**
     * A notice on a coloured band; the words carry the meaning, the colour only repeats it, so a
     * person who cannot tell the colours apart loses nothing.
     */
    public static JComponent banner(String name, String text, boolean problem) {
        JPanel band = new JPanel(new BorderLayout());
        band.setName(name);
        Color background = KioskTheme.color(problem ? "Kiosk.problem.background" : "Kiosk.banner.background");
        Color foreground = KioskTheme.color(problem ? "Kiosk.problem.foreground" : "Kiosk.banner.foreground");
        band.setBackground(background);
        int gap = KioskTheme.gap();
        band.setBorder(BorderFactory.createEmptyBorder(gap, gap, gap, gap));
        Font font = KioskTheme.font("Kiosk.headingFont");
        band.add(new Paragraph(text, font, foreground));
        return band;
    }

    /** A heading and its lines, one block each; nothing when there are no lines. */
    public static void section(ColumnPanel column, String heading, java.util.List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        column.block(heading(heading));
        lines.forEach(line -> column.block(text(line)));
    }

    /** Text for an HTML label, with the catalog's characters kept as text, never as markup. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
