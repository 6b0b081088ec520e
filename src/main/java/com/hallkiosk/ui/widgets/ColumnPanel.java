package com.hallkiosk.ui.widgets;

import com.hallkiosk.ui.theme.KioskTheme;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.Scrollable;

/**
 * A column of blocks as wide as its scroll pane, so text wraps to the screen and only scrolls up and
 * down.
 */
public final class ColumnPanel extends JPanel implements Scrollable {
    public ColumnPanel() {
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setOpaque(false);
        int gap = KioskTheme.gap();
        setBorder(BorderFactory.createEmptyBorder(gap, gap * 2, gap * 2, gap * 2));
    }

    /** Adds a block, stretched to the column's width, with the theme's gap after it. */
    public ColumnPanel block(JComponent block) {
        block.setAlignmentX(Component.LEFT_ALIGNMENT);
        block.setMaximumSize(new Dimension(Integer.MAX_VALUE, block.getMaximumSize().height));
        add(block);
        add(javax.swing.Box.createVerticalStrut(KioskTheme.gap()));
        return this;
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return KioskTheme.touchTarget();
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return visible.height - KioskTheme.touchTarget();
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
