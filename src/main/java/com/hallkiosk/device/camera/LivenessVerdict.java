package com.hallkiosk.device.camera;

/** What the frames of one prompt show. */
public enum LivenessVerdict {
    FOLLOWED,
    NOT_FOLLOWED,
    /** No face in (most of) the frames: nobody there, or turned away. */
    NO_FACE,
    /** The frames are too dark to see anything: the lens covered, the light off. */
    TOO_DARK,
    /** The prompt cannot be checked from images ({@link LivenessPrompt.Kind#verifiable()}). */
    NOT_VERIFIABLE
}
