package com.hallkiosk.device.camera;

import com.hallkiosk.device.DevicePort;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The kiosk's camera for the face capture of 待遇领取资格认证 (001 #41, 004 #34). It films in-memory grey
 * {@link Frame}s and never writes one anywhere. Deciding liveness and comparing the face are not its job:
 * {@link LivenessChecker} does a simple analysis for the demo, and a real deployment hands the capture to the
 * province's certified face and liveness service, which expects frames in the order filmed with the prompt each
 * was filmed under, and does the comparison against the 公安 photo itself.
 */
public interface Camera extends DevicePort {
    /**
     * Shows frames to {@code preview} (the screen's mirror) until {@link #stopPreview()} or close. Each frame is
     * wiped as soon as the listener returns: the screen paints it and keeps nothing. The future completes once
     * the preview runs, or fails with a {@link com.hallkiosk.device.DeviceException}.
     */
    CompletableFuture<Void> startPreview(Consumer<Frame> preview);

    void stopPreview();

    /**
     * Films {@code request.frames()} frames into {@code capture} under {@code request.prompt()}, each handed to
     * the capture as it is taken. Completes when all are there, or fails with
     * {@link com.hallkiosk.device.DeviceException.Timeout} after {@code request.timeout()} or
     * {@link com.hallkiosk.device.DeviceException.Offline} when the camera goes away; the frames filmed so far
     * stay in the capture, for its close to wipe.
     */
    CompletableFuture<Void> capture(FaceCapture capture, CaptureRequest request);
}
