package com.hallkiosk.device.camera;

import java.time.Duration;

/**
 * Film {@code frames} frames while {@code prompt} is on screen, within {@code timeout}. A real camera ignores the
 * prompt; the emulator's filmed person acts on it (or, as a photo held up, does not).
 */
public record CaptureRequest(LivenessPrompt prompt, int frames, Duration timeout) {
    public CaptureRequest {
        if (frames < 1) {
            throw new IllegalArgumentException("at least one frame");
        }
    }
}
