package com.hallkiosk.device.camera;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The verdict on each prompt of a session, in the order asked. */
public record LivenessResult(Map<LivenessPrompt, LivenessVerdict> verdicts) {
    public LivenessResult {
        verdicts = Collections.unmodifiableMap(new LinkedHashMap<>(verdicts));
    }

    /** Every prompt that can be checked was followed, and the others were at least filmed with a face. */
    public boolean passed() {
        return verdicts.values().stream().allMatch(verdict -> verdict == LivenessVerdict.FOLLOWED
                || verdict == LivenessVerdict.NOT_VERIFIABLE);
    }

    /** The prompts not passed, for the screen to say which to try again. */
    public List<LivenessPrompt> failed() {
        return verdicts.entrySet().stream().filter(entry -> entry.getValue() != LivenessVerdict.FOLLOWED
                && entry.getValue() != LivenessVerdict.NOT_VERIFIABLE).map(Map.Entry::getKey).toList();
    }
}
