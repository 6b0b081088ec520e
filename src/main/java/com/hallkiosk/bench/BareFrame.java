package com.hallkiosk.bench;

import com.formdev.flatlaf.FlatLightLaf;
import java.lang.management.ManagementFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * The start-up benchmark's baseline: a bare FlatLaf frame that paints one label, then says when, the
 * same way the kiosk does, and exits.
 */
public final class BareFrame {
    private BareFrame() {
    }

    public static void main(String[] args) throws Exception {
        FlatLightLaf.setup();
        SwingUtilities.invokeAndWait(() -> {
            JFrame frame = new JFrame("bare");
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.add(new JLabel("Hall Kiosk"));
            frame.setSize(1920, 1080);
            frame.setVisible(true);
            SwingUtilities.invokeLater(() -> {
                frame.getRootPane().paintImmediately(frame.getRootPane().getBounds());
                System.out.println("home screen painted " + ManagementFactory.getRuntimeMXBean().getUptime()
                        + " ms after the JVM started");
                System.exit(0);
            });
        });
    }
}
