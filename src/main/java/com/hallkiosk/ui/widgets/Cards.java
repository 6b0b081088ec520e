package com.hallkiosk.ui.widgets;

import com.hallkiosk.ui.theme.KioskTheme;
import java.awt.BorderLayout;
import javax.swing.JComponent;

/** Tappable cards: a title and, under it, a line that says what tapping does or holds. */
public final class Cards {
    private Cards() {
    }

    public static JComponent card(String name, String title, String detail, Runnable action) {
        TapCard card = new TapCard(name, new BorderLayout(0, KioskTheme.gap() / 2), action);
        card.add(new Paragraph(title, KioskTheme.font("Kiosk.tileFont"), KioskTheme.color("Kiosk.tile.foreground")),
                BorderLayout.NORTH);
        if (detail != null) {
            card.add(new Paragraph(detail, KioskTheme.font("Kiosk.smallFont"), KioskTheme.color("Kiosk.tile.detail")),
                    BorderLayout.CENTER);
        }
        return card;
    }

    /** Cards in a grid of {@code columns}, every cell as large as the largest. */
    public static JComponent grid(int columns, java.util.List<JComponent> cards) {
        javax.swing.JPanel grid = new javax.swing.JPanel(new java.awt.GridLayout(0, columns, KioskTheme.gap(),
                KioskTheme.gap()));
        grid.setOpaque(false);
        cards.forEach(grid::add);
        return grid;
    }
}
