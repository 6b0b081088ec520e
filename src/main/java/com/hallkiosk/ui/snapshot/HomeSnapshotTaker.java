package com.hallkiosk.ui.snapshot;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.swing.JFrame;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;

/**
 * Takes the picture of the home screen for the next start: painted into an image on the event thread
 * (a second paint of a screen costs ~20 ms), compressed and written on {@code background}. Called only
 * on the home screen at rest, in the default settings, where nobody's data is.
 */
public final class HomeSnapshotTaker {
    private HomeSnapshotTaker() {
    }

    /**
     * On the event thread: the window's content now, with the clock's place found by {@code clockType};
     * the file is written on {@code background}, and the future completes once it is. Not written again
     * when {@code shown}, the picture this start showed, is the same outside the clock.
     */
    public static CompletableFuture<Void> take(JFrame frame, boolean windowed, Class<? extends Component> clockType,
                                               List<Path> madeFrom, java.util.Optional<HomeSnapshot> shown, Path file,
                                               Executor background) {
        JRootPane root = frame.getRootPane();
        Point onScreen = root.getLocationOnScreen();
        Rectangle bounds = new Rectangle(onScreen.x, onScreen.y, root.getWidth(), root.getHeight());
        BufferedImage image = new BufferedImage(bounds.width, bounds.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            root.paint(g);
        } finally {
            g.dispose();
        }
        Rectangle clock = find(root, clockType)
                .map(c -> SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), root))
                .orElse(new Rectangle());
        String key = LaunchScreen.key(windowed);
        return CompletableFuture.runAsync(() -> {
            try {
                HomeSnapshot taken = HomeSnapshot.of(key, madeFrom, bounds, clock, image);
                if (shown.isPresent() && shown.get().samePicture(taken)) {
                    return;
                }
                taken.write(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot keep the home screen's picture in " + file, e);
            }
        }, background);
    }

    private static java.util.Optional<Component> find(Container container, Class<? extends Component> type) {
        for (Component child : container.getComponents()) {
            if (type.isInstance(child)) {
                return java.util.Optional.of(child);
            }
            if (child instanceof Container inner) {
                java.util.Optional<Component> found = find(inner, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return java.util.Optional.empty();
    }
}
