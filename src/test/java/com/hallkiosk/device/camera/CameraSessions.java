package com.hallkiosk.device.camera;

import com.hallkiosk.device.camera.emulator.CameraScenario;
import com.hallkiosk.device.camera.emulator.EmulatedCamera;
import com.hallkiosk.face.SyntheticFace;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/** An opened emulated camera and the liveness session an item would run with it, prompt by prompt. */
final class CameraSessions {
    static final String PERSON = "210303195001010018";
    static final String SOMEONE_ELSE = "210311196805120027";
    static final int FRAMES_PER_PROMPT = 8;
    static final Duration PROMPT_TIMEOUT = Duration.ofSeconds(5);

    private CameraSessions() {
    }

    static EmulatedCamera opened(CameraScenario scenario, String filmed) {
        EmulatedCamera camera = new EmulatedCamera(scenario, SyntheticFace.of(filmed), Duration.ofMillis(2), 11,
                Clock.systemUTC());
        camera.open().join();
        camera.enable().join();
        return camera;
    }

    /** The prompts of a session; the seed used here asks to turn right. */
    static List<LivenessPrompt> prompts() {
        return LivenessPrompts.forSession(new SplittableRandom(3));
    }

    /** Films every prompt into {@code capture}, one after the other; fails as the camera fails. */
    static void film(Camera camera, FaceCapture capture, List<LivenessPrompt> prompts) {
        for (LivenessPrompt prompt : prompts) {
            camera.capture(capture, new CaptureRequest(prompt, FRAMES_PER_PROMPT, PROMPT_TIMEOUT)).join();
        }
    }
}
