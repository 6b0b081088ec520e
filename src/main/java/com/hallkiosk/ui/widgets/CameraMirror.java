package com.hallkiosk.ui.widgets;

import com.hallkiosk.device.camera.Camera;
import com.hallkiosk.device.camera.Frame;
import com.hallkiosk.ui.theme.KioskTheme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The camera's picture, mirrored as a person expects to see themself, with the outline their face should fill,
 * while the face is filmed (待遇领取资格认证). It shows the camera only while it is on the screen: the preview
 * starts when it is added and stops when it leaves (the next step, Home, the idle wipe), and its one picture is
 * then blanked. Nothing of a frame is kept beyond the last one painted.
 */
public final class CameraMirror extends JComponent {
    private static final Logger LOG = LoggerFactory.getLogger(CameraMirror.class);
    private static final int SMALLEST_SIDE = 240;
    /** The outline's share of the picture: a face at arm's length from the kiosk's camera fills about this. */
    private static final double OUTLINE_WIDTH = 0.62;
    private static final double OUTLINE_HEIGHT = 0.80;

    private final Camera camera;
    // On the event thread only: the last frame, copied and mirrored (its own pixels are wiped by the camera).
    private BufferedImage picture;
    private boolean showing;

    public CameraMirror(Camera camera) {
        this.camera = camera;
        setName("camera-mirror");
        setOpaque(false);
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(SMALLEST_SIDE, SMALLEST_SIDE);
    }

    @Override
    public void addNotify() {
        super.addNotify();
        showing = true;
        camera.startPreview(this::arrived).exceptionally(failure -> {
            LOG.warn("camera mirror: the preview did not start ({})", failure.toString());
            return null;
        });
    }

    @Override
    public void removeNotify() {
        showing = false;
        camera.stopPreview();
        blank();
        super.removeNotify();
    }

    /** On the camera's thread: the frame is copied mirrored before the camera wipes it, and painted on the EDT. */
    private void arrived(Frame frame) {
        BufferedImage mirrored = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] target = ((DataBufferByte) mirrored.getRaster().getDataBuffer()).getData();
        byte[] luma = frame.luma();
        int width = frame.width();
        for (int row = 0; row < frame.height(); row++) {
            for (int column = 0; column < width; column++) {
                target[row * width + column] = luma[row * width + width - 1 - column];
            }
        }
        SwingUtilities.invokeLater(() -> {
            if (!showing) {
                Arrays.fill(target, (byte) 0);
                return;
            }
            blank();
            picture = mirrored;
            repaint();
        });
    }

    private void blank() {
        if (picture != null) {
            Arrays.fill(((DataBufferByte) picture.getRaster().getDataBuffer()).getData(), (byte) 0);
            picture = null;
        }
    }

    /** Whether a picture of the camera is on the screen now; for tests. */
    public boolean showsPicture() {
        return picture != null;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        int side = Math.min(getWidth(), getHeight());
        int x = (getWidth() - side) / 2;
        int y = (getHeight() - side) / 2;
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.DARK_GRAY);
            g.fillRect(x, y, side, side);
            if (picture != null) {
                g.drawImage(picture, x, y, side, side, null);
            }
            g.setColor(KioskTheme.color("Kiosk.tile.border"));
            g.setStroke(new BasicStroke(Math.max(3f, side / 80f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                    10f, new float[] {side / 30f, side / 45f}, 0f));
            double width = side * OUTLINE_WIDTH;
            double height = side * OUTLINE_HEIGHT;
            g.draw(new Ellipse2D.Double(x + (side - width) / 2, y + (side - height) / 2, width, height));
        } finally {
            g.dispose();
        }
    }
}
