package com.hallkiosk.ui.snapshot;

import java.awt.Color;
import java.awt.Graphics;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.swing.JComponent;
import javax.swing.JWindow;
import javax.swing.SwingUtilities;

/**
 * The home screen's picture from the last run ({@link HomeSnapshot}), shown the moment the JVM can open a
 * window and taken away once the live home screen has painted over it. It answers no touch: a tap in the
 * few hundred milliseconds before the live screen is there does nothing, as on a screen still starting.
 * The clock's place is painted over in the colour around it, so the time shown is never a stale one.
 */
public final class LaunchScreen {
    /** The picture file in the kiosk's user cache. */
    public static final String FILE_NAME = "home-snapshot.bin";
    /** A picture that no live screen came to replace is taken away: a frozen home must not wait for taps. */
    private static final int LONGEST_MILLIS = 20_000;

    private final JWindow window;
    private final HomeSnapshot snapshot;

    private LaunchScreen(JWindow window, HomeSnapshot snapshot) {
        this.window = window;
        this.snapshot = snapshot;
    }

    /** The picture shown. */
    public HomeSnapshot snapshot() {
        return snapshot;
    }

    /** Which window a picture fits: windowed or full screen, on a screen of this size. */
    public static String key(boolean windowed) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
        return (windowed ? "windowed" : "kiosk") + " " + screen.width + "x" + screen.height;
    }

    /**
     * Reads the picture on the calling thread and, when there is a current one that fits, shows it on the
     * event thread; {@code painted} runs there once it is on the screen. Empty when there is none.
     */
    public static CompletableFuture<Optional<LaunchScreen>> show(Path file, boolean windowed, Runnable painted) {
        Optional<HomeSnapshot> snapshot = HomeSnapshot.read(file, key(windowed));
        if (snapshot.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        CompletableFuture<Optional<LaunchScreen>> shown = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            HomeSnapshot picture = snapshot.get();
            JWindow window = new JWindow();
            window.setName("launch-screen");
            window.setAlwaysOnTop(!windowed);
            window.setFocusableWindowState(false);
            window.setBounds(picture.bounds());
            JComponent content = new Picture(picture.image(), picture.clock());
            window.setContentPane(content);
            window.setVisible(true);
            javax.swing.Timer expiry = new javax.swing.Timer(LONGEST_MILLIS, event -> window.dispose());
            expiry.setRepeats(false);
            expiry.start();
            SwingUtilities.invokeLater(() -> {
                content.paintImmediately(0, 0, content.getWidth(), content.getHeight());
                painted.run();
            });
            shown.complete(Optional.of(new LaunchScreen(window, picture)));
        });
        return shown;
    }

    /** Takes the picture away (on the event thread), once the live screen is painted. */
    public void close() {
        SwingUtilities.invokeLater(window::dispose);
    }

    private static final class Picture extends JComponent {
        private final BufferedImage image;
        private final Rectangle clock;
        private final Color aroundClock;

        Picture(BufferedImage image, Rectangle clock) {
            this.image = image;
            this.clock = clock;
            this.aroundClock = new Color(image.getRGB(Math.max(0, Math.min(clock.x, image.getWidth() - 1)),
                    Math.max(0, Math.min(clock.y, image.getHeight() - 1))));
            setOpaque(true);
        }

        @Override
        protected void paintComponent(Graphics g) {
            g.drawImage(image, 0, 0, null);
            g.setColor(aroundClock);
            g.fillRect(clock.x, clock.y, clock.width, clock.height);
        }
    }
}
