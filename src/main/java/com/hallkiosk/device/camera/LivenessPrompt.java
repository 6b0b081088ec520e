package com.hallkiosk.device.camera;

import java.util.Objects;

/**
 * One thing the person is asked to do in front of the camera, as data: the screen words it (see
 * {@link Kind#chinese()}), the camera films it, and {@link LivenessChecker} decides whether it was done.
 * {@code digits} is set only for {@link Kind#READ_DIGITS}: the random digits shown on screen for this session.
 */
public record LivenessPrompt(Kind kind, String digits) {
    public enum Kind {
        BLINK("请眨眨眼", "Please blink", true),
        /** The person's own left: in the camera's (unmirrored) image the face's features move to the right. */
        TURN_LEFT("请向左转头", "Please turn your head to the left", true),
        TURN_RIGHT("请向右转头", "Please turn your head to the right", true),
        /**
         * Reading digits aloud needs a microphone and speech recognition, which this kiosk does not have: the prompt
         * is shown and filmed, but nothing here can tell whether it was followed.
         */
        READ_DIGITS("请读出屏幕上的数字", "Please read the digits on the screen aloud", false);

        private final String chinese;
        private final String english;
        private final boolean verifiable;

        Kind(String chinese, String english, boolean verifiable) {
            this.chinese = chinese;
            this.english = english;
            this.verifiable = verifiable;
        }

        public String chinese() {
            return chinese;
        }

        public String english() {
            return english;
        }

        /** Whether the frames alone can show that the prompt was followed. */
        public boolean verifiable() {
            return verifiable;
        }
    }

    public LivenessPrompt {
        Objects.requireNonNull(kind);
        if ((kind == Kind.READ_DIGITS) != (digits != null)) {
            throw new IllegalArgumentException("digits go with READ_DIGITS and only with it");
        }
        if (digits != null && !digits.matches("[0-9]{4,6}")) {
            throw new IllegalArgumentException("4 to 6 digits to read");
        }
    }

    public static LivenessPrompt of(Kind kind) {
        return new LivenessPrompt(kind, null);
    }

    public static LivenessPrompt readDigits(String digits) {
        return new LivenessPrompt(Kind.READ_DIGITS, digits);
    }
}
