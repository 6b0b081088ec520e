package com.hallkiosk.device.camera;

import com.hallkiosk.business.FaceSample;
import com.hallkiosk.face.FaceFeatures;
import com.hallkiosk.face.FaceTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides from the frames whether each prompt was followed, by a simple analysis ({@link FaceFeatures}) that
 * works on the demo's drawn faces: a blink is a frame whose eye band holds under half the dark pixels of the
 * open-eyed frames; a turn is the features moving sideways within the face, by a tenth of its half width or
 * more, in the asked direction (a photo turned bodily moves with its outline and does not count); reading digits
 * aloud cannot be heard, so it is {@link LivenessVerdict#NOT_VERIFIABLE} as long as a face was there. This is
 * honest about the demo and nothing more: a real deployment hands the capture to the province's certified face
 * and liveness service and uses its verdict.
 */
public final class LivenessChecker {
    private static final double BLINK_SHARE = 0.5;
    private static final double TURN_SHIFT = 0.10;
    /** At least this share of a prompt's frames must show a face. */
    private static final double FACE_SHARE = 0.6;

    public LivenessResult check(FaceCapture capture, List<LivenessPrompt> prompts) {
        Map<LivenessPrompt, LivenessVerdict> verdicts = new LinkedHashMap<>();
        for (LivenessPrompt prompt : prompts) {
            verdicts.put(prompt, verdict(prompt, capture.frames(prompt)));
        }
        return new LivenessResult(verdicts);
    }

    /**
     * The template of the most frontal open-eyed frame of the capture, for the central to compare; empty when no
     * frame shows a face.
     */
    public Optional<FaceSample> sample(FaceCapture capture) {
        Comparator<Analysed> frontalFirst = Comparator.comparingDouble((Analysed a) -> Math.abs(a.features().featureOffset()))
                .thenComparing(Comparator.comparingInt((Analysed a) -> a.features().eyeDarkPixels()).reversed());
        return analyse(capture.all()).stream().min(frontalFirst).map(best -> {
            byte[] template = FaceTemplate.of(best.frame().width(), best.frame().luma(), best.features());
            FaceSample sample = new FaceSample(template);
            Arrays.fill(template, (byte) 0);
            return sample;
        });
    }

    private static LivenessVerdict verdict(LivenessPrompt prompt, List<Frame> frames) {
        if (frames.isEmpty()) {
            return LivenessVerdict.NO_FACE;
        }
        long dark = frames.stream().filter(frame -> FaceFeatures.tooDark(frame.luma())).count();
        if (dark * 2 > frames.size()) {
            return LivenessVerdict.TOO_DARK;
        }
        List<Analysed> faces = analyse(frames);
        if (faces.size() < FACE_SHARE * frames.size()) {
            return LivenessVerdict.NO_FACE;
        }
        return switch (prompt.kind()) {
            case BLINK -> followedIf(blinked(faces));
            case TURN_LEFT -> followedIf(turned(faces, 1));
            case TURN_RIGHT -> followedIf(turned(faces, -1));
            case READ_DIGITS -> LivenessVerdict.NOT_VERIFIABLE;
        };
    }

    private static LivenessVerdict followedIf(boolean followed) {
        return followed ? LivenessVerdict.FOLLOWED : LivenessVerdict.NOT_FOLLOWED;
    }

    private static boolean blinked(List<Analysed> faces) {
        int open = faces.stream().mapToInt(a -> a.features().eyeDarkPixels()).max().orElse(0);
        return open > 0 && faces.stream().anyMatch(a -> a.features().eyeDarkPixels() < BLINK_SHARE * open);
    }

    /** {@code direction} 1: features move right in the image (the person's left); -1: left. */
    private static boolean turned(List<Analysed> faces, int direction) {
        double start = faces.get(0).features().featureOffset();
        return faces.stream().anyMatch(a -> (a.features().featureOffset() - start) * direction >= TURN_SHIFT);
    }

    private static List<Analysed> analyse(List<Frame> frames) {
        List<Analysed> faces = new ArrayList<>();
        for (Frame frame : frames) {
            FaceFeatures.of(frame.width(), frame.height(), frame.luma()).ifPresent(features -> faces.add(new Analysed(frame, features)));
        }
        return faces;
    }

    private record Analysed(Frame frame, FaceFeatures features) {
    }
}
