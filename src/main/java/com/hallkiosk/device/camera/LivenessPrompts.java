package com.hallkiosk.device.camera;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The prompts of one liveness session: blink, turn to a side chosen at random, read aloud digits drawn at
 * random, so that a recording of an earlier session does not answer this one.
 */
public final class LivenessPrompts {
    public static final int DIGITS = 4;

    private LivenessPrompts() {
    }

    public static List<LivenessPrompt> forSession(RandomGenerator random) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < DIGITS; i++) {
            digits.append(random.nextInt(10));
        }
        LivenessPrompt.Kind turn = random.nextBoolean() ? LivenessPrompt.Kind.TURN_LEFT : LivenessPrompt.Kind.TURN_RIGHT;
        return List.of(LivenessPrompt.of(LivenessPrompt.Kind.BLINK), LivenessPrompt.of(turn),
                LivenessPrompt.readDigits(digits.toString()));
    }
}
