package com.hallkiosk.ui.widgets;

import com.hallkiosk.ui.theme.KioskTheme;
import java.awt.Dimension;
import javax.swing.JButton;

/** A button at least one touch target high and wide, named so tests and technicians can find it. */
public final class TouchButton extends JButton {
    public TouchButton(String name, String text, Runnable action) {
        super(text);
        setName(name);
        setFocusable(false);
        addActionListener(event -> action.run());
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension size = super.getPreferredSize();
        int target = KioskTheme.touchTarget();
        return new Dimension(Math.max(size.width, target), Math.max(size.height, target));
    }

    @Override
    public Dimension getMinimumSize() {
        return getPreferredSize();
    }
}
