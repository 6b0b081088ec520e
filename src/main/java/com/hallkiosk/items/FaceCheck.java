package com.hallkiosk.items;

import com.hallkiosk.business.FaceSample;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.camera.Camera;
import com.hallkiosk.device.camera.CaptureRequest;
import com.hallkiosk.device.camera.FaceCapture;
import com.hallkiosk.device.camera.LivenessChecker;
import com.hallkiosk.device.camera.LivenessPrompt;
import com.hallkiosk.device.camera.LivenessPrompts;
import com.hallkiosk.device.camera.LivenessResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;

/**
 * The face capture an item asks for after confirm (待遇领取资格认证): the camera, the prompts of a session (blink,
 * turn, read digits aloud; new digits each time), and the liveness decision. The controller films prompt by
 * prompt, showing each, and hands the item only the compact sample the central compares; the frames stay in the
 * {@link FaceCapture}, which the controller closes (wiping them) as soon as the sample is taken or the visit ends.
 *
 * @param framesPerPrompt how many frames each prompt is filmed for
 * @param promptTimeout   how long one prompt may take before the capture is given up
 */
public record FaceCheck(Camera camera, LivenessChecker checker, RandomGenerator random, int framesPerPrompt,
                        Duration promptTimeout) {

    /** Whether the camera can film now; a camera not ready is said before anything is filmed. */
    public boolean ready() {
        DeviceHealth.State state = camera.health().state();
        return state == DeviceHealth.State.READY || state == DeviceHealth.State.WARNING;
    }

    List<LivenessPrompt> promptsForSession() {
        return LivenessPrompts.forSession(random);
    }

    CompletableFuture<Void> film(FaceCapture capture, LivenessPrompt prompt) {
        return camera.capture(capture, new CaptureRequest(prompt, framesPerPrompt, promptTimeout));
    }

    LivenessResult check(FaceCapture capture, List<LivenessPrompt> prompts) {
        return checker.check(capture, prompts);
    }

    Optional<FaceSample> sample(FaceCapture capture) {
        return checker.sample(capture);
    }
}
