package com.hallkiosk.face;

import java.util.SplittableRandom;

/**
 * The demo's stand-in for a person's face: an ellipse of skin with two eyes, a nose and a mouth whose sizes and
 * places follow from the person's identity number, so that the emulated camera films the same face on every run
 * and the central's reference (the photo on file, in a real deployment the 公安 photo the face platform holds)
 * is that same face seen from the front. Drawn as 8-bit grey, as a camera's luma plane would be. Not a model of
 * real faces: it is there so that liveness and comparison are exercised by honest image analysis in tests.
 */
public final class SyntheticFace {
    public static final int WIDTH = 120;
    public static final int HEIGHT = 120;
    private static final int BACKGROUND = 70;
    private static final int EYE = 25;
    private static final int MOUTH = 55;
    /** How far the features move sideways, as a share of the face's half width, when the head is fully turned. */
    private static final double TURN_SHIFT = 0.35;

    private final double faceRx;
    private final double faceRy;
    private final double eyeSpacing;
    private final double eyeY;
    private final double eyeRx;
    private final double eyeRy;
    private final double mouthY;
    private final double mouthHalfWidth;
    private final int skin;

    private SyntheticFace(SplittableRandom random) {
        faceRx = 26 + random.nextDouble() * 10;
        faceRy = faceRx * (1.2 + random.nextDouble() * 0.25);
        eyeSpacing = 0.30 + random.nextDouble() * 0.22;
        eyeY = -0.38 + random.nextDouble() * 0.25;
        eyeRx = 0.10 + random.nextDouble() * 0.10;
        eyeRy = 0.05 + random.nextDouble() * 0.05;
        mouthY = 0.30 + random.nextDouble() * 0.28;
        mouthHalfWidth = 0.20 + random.nextDouble() * 0.30;
        skin = 160 + random.nextInt(50);
    }

    /** The face of the person with this identity number; String.hashCode is specified, so it is the same on every JVM. */
    public static SyntheticFace of(String idNumber) {
        return new SyntheticFace(new SplittableRandom(idNumber.hashCode() * 0x9E3779B97F4A7C15L + 0x5F));
    }

    /** The face from the front, eyes open, without noise: the reference photo. */
    public byte[] frontal() {
        return draw(new Pose(0, false, 0, 0), null);
    }

    /**
     * The face in {@code pose}: {@code yaw} from -1 (turned fully to the camera's left, i.e. the person's right)
     * to 1, eyes closed or open, the whole head moved by {@code dx, dy} pixels; {@code noise} adds sensor noise
     * (null: none).
     */
    public byte[] draw(Pose pose, SplittableRandom noise) {
        byte[] luma = new byte[WIDTH * HEIGHT];
        double cx = WIDTH / 2.0 + pose.dx();
        double cy = HEIGHT / 2.0 + pose.dy();
        double featureX = cx + pose.yaw() * TURN_SHIFT * faceRx;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int value = pixel(x, y, cx, cy, featureX, pose.eyesClosed());
                if (noise != null) {
                    value += noise.nextInt(17) - 8;
                }
                luma[y * WIDTH + x] = (byte) Math.max(0, Math.min(255, value));
            }
        }
        return luma;
    }

    private int pixel(int x, int y, double cx, double cy, double featureX, boolean eyesClosed) {
        double fx = (x - cx) / faceRx;
        double fy = (y - cy) / faceRy;
        if (fx * fx + fy * fy > 1) {
            return BACKGROUND;
        }
        double ux = (x - featureX) / faceRx;
        for (int side = -1; side <= 1; side += 2) {
            double ex = (ux - side * eyeSpacing) / eyeRx;
            double ey = (fy - eyeY) / (eyesClosed ? eyeRy * 0.25 : eyeRy);
            if (ex * ex + ey * ey <= 1) {
                return eyesClosed ? skin - 40 : EYE;
            }
        }
        if (Math.abs(fy - mouthY) < 0.035 && Math.abs(ux) < mouthHalfWidth) {
            return MOUTH;
        }
        if (Math.abs(ux) < 0.05 && fy > eyeY + 0.08 && fy < mouthY - 0.15) {
            return skin - 35;
        }
        return skin;
    }

    /** How the head is held in one frame. */
    public record Pose(double yaw, boolean eyesClosed, int dx, int dy) {
    }
}
