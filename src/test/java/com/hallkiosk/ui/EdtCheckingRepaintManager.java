package com.hallkiosk.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JComponent;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;

/**
 * Records every change to a Swing component made off the event thread (a layout invalidated or a
 * region dirtied from another thread). {@code repaint()} is the one thread-safe call and is allowed.
 */
public final class EdtCheckingRepaintManager extends RepaintManager {
    private final List<String> violations = new CopyOnWriteArrayList<>();

    public List<String> violations() {
        return violations;
    }

    @Override
    public synchronized void addInvalidComponent(JComponent component) {
        check(component);
        super.addInvalidComponent(component);
    }

    @Override
    public void addDirtyRegion(JComponent component, int x, int y, int w, int h) {
        check(component);
        super.addDirtyRegion(component, x, y, w, h);
    }

    private void check(JComponent component) {
        if (SwingUtilities.isEventDispatchThread()) {
            return;
        }
        StackTraceElement[] stack = Thread.currentThread().getStackTrace();
        for (StackTraceElement frame : stack) {
            if (frame.getMethodName().equals("repaint") || frame.getMethodName().equals("imageUpdate")) {
                return;
            }
        }
        StringBuilder where = new StringBuilder();
        for (int i = 2; i < Math.min(stack.length, 12); i++) {
            where.append("\n    at ").append(stack[i]);
        }
        violations.add(component.getClass().getName() + " changed on thread " + Thread.currentThread().getName() + where);
    }
}
