package com.hallkiosk.ui.widgets;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;

/**
 * A scroll pane moved by dragging a finger anywhere on its content, with wide scroll bars for those
 * who prefer them. A finger that moves less than the threshold is a tap; once it moves further, it
 * is a drag, and the press is taken back from whatever it started on, so scrolling never clicks.
 */
public final class TouchScrollPane extends JScrollPane {
    /** How far a finger may wobble and still tap (unsteady hands move a few pixels). */
    private static final int TAP_SLOP = 18;

    private final AWTEventListener fingers = this::onMouse;
    private Point pressedAt;
    private Point viewAtPress;
    private boolean dragging;

    public TouchScrollPane(JComponent content) {
        super(content, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED, ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        setBorder(null);
        getVerticalScrollBar().setUnitIncrement(48);
        getViewport().setOpaque(false);
        setOpaque(false);
    }

    /** Whether the finger now on the content has become a drag (a tap must then do nothing). */
    public boolean isDragging() {
        return dragging;
    }

    @Override
    public void addNotify() {
        super.addNotify();
        Toolkit.getDefaultToolkit().addAWTEventListener(fingers,
                AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK);
    }

    @Override
    public void removeNotify() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(fingers);
        super.removeNotify();
    }

    private void onMouse(AWTEvent event) {
        if (!(event instanceof MouseEvent mouse) || !(mouse.getSource() instanceof Component source)
                || !SwingUtilities.isDescendingFrom(source, getViewport())) {
            return;
        }
        switch (mouse.getID()) {
            case MouseEvent.MOUSE_PRESSED -> {
                pressedAt = mouse.getLocationOnScreen();
                viewAtPress = getViewport().getViewPosition();
                dragging = false;
            }
            case MouseEvent.MOUSE_DRAGGED -> dragTo(mouse, source);
            case MouseEvent.MOUSE_RELEASED -> SwingUtilities.invokeLater(() -> dragging = false);
            default -> {
            }
        }
    }

    private void dragTo(MouseEvent mouse, Component source) {
        if (pressedAt == null) {
            return;
        }
        Point now = mouse.getLocationOnScreen();
        int dy = now.y - pressedAt.y;
        if (!dragging && Math.abs(dy) <= TAP_SLOP) {
            return;
        }
        if (!dragging) {
            dragging = true;
            takeBackPress(source);
        }
        JViewport viewport = getViewport();
        Rectangle view = viewport.getView().getBounds();
        int maxY = Math.max(0, view.height - viewport.getExtentSize().height);
        viewport.setViewPosition(new Point(viewAtPress.x, Math.max(0, Math.min(maxY, viewAtPress.y - dy))));
    }

    private static void takeBackPress(Component source) {
        AbstractButton button = (AbstractButton) SwingUtilities.getAncestorOfClass(AbstractButton.class, source);
        if (source instanceof AbstractButton direct) {
            button = direct;
        }
        if (button != null) {
            button.getModel().setArmed(false);
            button.getModel().setPressed(false);
        }
    }
}
