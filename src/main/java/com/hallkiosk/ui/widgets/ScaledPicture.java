package com.hallkiosk.ui.widgets;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;

/**
 * A picture drawn as large as the space it is given allows, whole and undistorted, centred (a document's
 * preview beside or under the step's text).
 */
public final class ScaledPicture extends JComponent {
    private static final int SMALLEST_SIDE = 200;

    private final BufferedImage image;

    public ScaledPicture(String name, BufferedImage image) {
        this.image = image;
        setName(name);
        setOpaque(false);
    }

    /** Small: the layout gives it the space; it fits itself in whatever that is. */
    @Override
    public Dimension getPreferredSize() {
        double ratio = (double) image.getHeight() / image.getWidth();
        return new Dimension(SMALLEST_SIDE, (int) Math.round(SMALLEST_SIDE * ratio));
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        double scale = Math.min((double) getWidth() / image.getWidth(), (double) getHeight() / image.getHeight());
        int width = (int) Math.round(image.getWidth() * scale);
        int height = (int) Math.round(image.getHeight() * scale);
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, (getWidth() - width) / 2, (getHeight() - height) / 2, width, height, null);
        } finally {
            g.dispose();
        }
    }
}
