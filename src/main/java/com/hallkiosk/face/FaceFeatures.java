package com.hallkiosk.face;

import java.util.Optional;

/**
 * What a simple image analysis finds in one grey frame: whether it is too dark, where the face is (the box of
 * skin-bright pixels), how many dark pixels lie in its eye band (eyes open are dark blobs, closed lids are skin),
 * and where its dark features sit sideways within it (they move towards one side when the head turns, while a
 * photo turned bodily moves with its outline). It is tuned to the demo's {@link SyntheticFace} and a plain
 * background; a real deployment leaves this to the province's certified face and liveness service.
 */
public record FaceFeatures(Box box, int eyeDarkPixels, double featureOffset) {
    /** Mean brightness below this: the camera sees nothing (covered, unlit). */
    public static final int DARK_MEAN = 30;
    private static final int SKIN = 120;
    private static final int FEATURE = 100;
    /** A column or row belongs to the face when it holds at least this many skin pixels (noise holds fewer). */
    private static final int MIN_SKIN_RUN = 4;
    private static final double MIN_FACE_SHARE = 0.05;

    /** The face's bounding box in pixels, ends exclusive. */
    public record Box(int left, int top, int right, int bottom) {
        public int width() {
            return right - left;
        }

        public int height() {
            return bottom - top;
        }
    }

    public static boolean tooDark(byte[] luma) {
        long sum = 0;
        for (byte value : luma) {
            sum += value & 0xFF;
        }
        return sum < (long) DARK_MEAN * luma.length;
    }

    /** The face found in the frame, or empty when there is none (or it is too small to be one). */
    public static Optional<FaceFeatures> of(int width, int height, byte[] luma) {
        int[] columns = new int[width];
        int[] rows = new int[height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((luma[y * width + x] & 0xFF) >= SKIN) {
                    columns[x]++;
                    rows[y]++;
                }
            }
        }
        int left = first(columns);
        int top = first(rows);
        if (left < 0 || top < 0) {
            return Optional.empty();
        }
        Box box = new Box(left, top, last(columns) + 1, last(rows) + 1);
        if (box.width() * box.height() < MIN_FACE_SHARE * width * height) {
            return Optional.empty();
        }
        return Optional.of(measure(width, luma, box));
    }

    private static FaceFeatures measure(int width, byte[] luma, Box box) {
        int eyeTop = box.top() + box.height() / 6;
        int eyeBottom = box.top() + box.height() / 2;
        int eyeDark = 0;
        long featureX = 0;
        int features = 0;
        for (int y = box.top(); y < box.bottom(); y++) {
            int[] span = skinSpan(width, luma, y, box);
            for (int x = span[0] + 1; x < span[1]; x++) {
                if ((luma[y * width + x] & 0xFF) < FEATURE) {
                    features++;
                    featureX += x;
                    if (y >= eyeTop && y < eyeBottom) {
                        eyeDark++;
                    }
                }
            }
        }
        double centre = (box.left() + box.right()) / 2.0;
        double offset = features == 0 ? 0 : (featureX / (double) features - centre) / (box.width() / 2.0);
        return new FaceFeatures(box, eyeDark, offset);
    }

    /** The leftmost and rightmost skin pixel of row {@code y} within the box: features lie between them. */
    private static int[] skinSpan(int width, byte[] luma, int y, Box box) {
        int from = box.right();
        int to = box.left() - 1;
        for (int x = box.left(); x < box.right(); x++) {
            if ((luma[y * width + x] & 0xFF) >= SKIN) {
                from = Math.min(from, x);
                to = Math.max(to, x);
            }
        }
        return new int[] {from, to};
    }

    private static int first(int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] >= MIN_SKIN_RUN) {
                return i;
            }
        }
        return -1;
    }

    private static int last(int[] counts) {
        for (int i = counts.length - 1; i >= 0; i--) {
            if (counts[i] >= MIN_SKIN_RUN) {
                return i;
            }
        }
        return -1;
    }
}
