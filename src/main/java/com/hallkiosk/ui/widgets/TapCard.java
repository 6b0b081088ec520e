package com.hallkiosk.ui.widgets;

import com.hallkiosk.ui.theme.KioskTheme;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.LayoutManager;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * A card the whole of which is one touch target: it acts on release, only when the finger did not
 * turn into a drag of the scroll pane around it, and shows that it is pressed while it is.
 */
public final class TapCard extends JPanel {
    private final Runnable action;
    private boolean pressed;

    public TapCard(String name, LayoutManager layout, Runnable action) {
        super(layout);
        this.action = action;
        setName(name);
        setOpaque(false);
        int gap = KioskTheme.gap();
        setBorder(BorderFactory.createEmptyBorder(gap, gap, gap, gap));
        setCursor(Cursor.getPredefinedCursor(Cursor.HAND_CURSOR));
        MouseAdapter touch = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                setPressed(true);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                boolean tap = pressed && contains(SwingUtilities.convertPoint(e.getComponent(), e.getPoint(), TapCard.this))
                        && !dragged();
                setPressed(false);
                if (tap) {
                    action.run();
                }
            }
        };
        addMouseListener(touch);
    }

    private boolean dragged() {
        TouchScrollPane scroll = (TouchScrollPane) SwingUtilities.getAncestorOfClass(TouchScrollPane.class, this);
        return scroll != null && scroll.isDragging();
    }

    private void setPressed(boolean now) {
        pressed = now;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color fill = KioskTheme.color("Kiosk.tile.background");
            g.setColor(pressed ? fill.darker() : fill);
            g.fillRoundRect(1, 1, getWidth() - 2, getHeight() - 2, 24, 24);
            g.setColor(KioskTheme.color("Kiosk.tile.border"));
            g.setStroke(new java.awt.BasicStroke(3f));
            g.drawRoundRect(2, 2, getWidth() - 4, getHeight() - 4, 24, 24);
        } finally {
            g.dispose();
        }
        super.paintComponent(graphics);
    }
}
