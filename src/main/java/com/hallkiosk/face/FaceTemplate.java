package com.hallkiosk.face;

/**
 * A compact face template: the face's box cut into a {@value #GRID}×{@value #GRID} grid, each cell's mean
 * brightness, normalised to zero mean and unit spread (so lighting and skin tone matter less than where the
 * eyes, nose and mouth are), quantised to one signed byte per cell. Two templates are compared by the root mean
 * square of their difference, as a similarity from 0 to 100. This is a plain perceptual measure that tells the
 * demo's drawn faces apart; it is not face recognition, and a real deployment sends the capture to the
 * province's certified face platform instead.
 */
public final class FaceTemplate {
    public static final int GRID = 16;
    public static final int LENGTH = GRID * GRID;
    /** Quantisation: one standard deviation is this many steps. */
    private static final double SCALE = 40;
    /**
     * Similarity at or above this is the same face. Measured on 200 drawn faces: the same face on camera
     * (noise, moved, slightly turned) scores at least 83; another face scores below 78 in 99% of pairs.
     */
    public static final int MATCH_THRESHOLD = 81;

    private FaceTemplate() {
    }

    /** The template of the face in {@code features.box()} of this frame. */
    public static byte[] of(int width, byte[] luma, FaceFeatures features) {
        FaceFeatures.Box box = features.box();
        double[] cells = new double[LENGTH];
        for (int row = 0; row < GRID; row++) {
            for (int column = 0; column < GRID; column++) {
                cells[row * GRID + column] = cellMean(width, luma, box, row, column);
            }
        }
        double mean = 0;
        for (double cell : cells) {
            mean += cell / LENGTH;
        }
        double variance = 0;
        for (double cell : cells) {
            variance += (cell - mean) * (cell - mean) / LENGTH;
        }
        double spread = Math.max(Math.sqrt(variance), 1);
        byte[] template = new byte[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            template[i] = (byte) Math.max(-127, Math.min(127, Math.round((cells[i] - mean) / spread * SCALE)));
        }
        return template;
    }

    /** The reference template of a drawn face seen from the front. */
    public static byte[] ofFrontal(SyntheticFace face) {
        byte[] luma = face.frontal();
        FaceFeatures features = FaceFeatures.of(SyntheticFace.WIDTH, SyntheticFace.HEIGHT, luma)
                .orElseThrow(() -> new IllegalStateException("a drawn face was not found"));
        return of(SyntheticFace.WIDTH, luma, features);
    }

    /** 100 for the same template, about 55 for unrelated faces. */
    public static int similarity(byte[] a, byte[] b) {
        if (a.length != LENGTH || b.length != LENGTH) {
            throw new IllegalArgumentException("a face template has " + LENGTH + " cells");
        }
        double sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            double difference = (a[i] - b[i]) / SCALE;
            sum += difference * difference;
        }
        double rms = Math.sqrt(sum / LENGTH);
        return (int) Math.round(100 * Math.max(0, 1 - rms));
    }

    private static double cellMean(int width, byte[] luma, FaceFeatures.Box box, int row, int column) {
        int x0 = box.left() + column * box.width() / GRID;
        int x1 = Math.max(x0 + 1, box.left() + (column + 1) * box.width() / GRID);
        int y0 = box.top() + row * box.height() / GRID;
        int y1 = Math.max(y0 + 1, box.top() + (row + 1) * box.height() / GRID);
        long sum = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                sum += luma[y * width + x] & 0xFF;
            }
        }
        return sum / (double) ((x1 - x0) * (y1 - y0));
    }
}
