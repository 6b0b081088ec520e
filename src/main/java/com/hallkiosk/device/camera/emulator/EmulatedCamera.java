package com.hallkiosk.device.camera.emulator;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.DeviceThreads;
import com.hallkiosk.device.HealthTracker;
import com.hallkiosk.device.camera.Camera;
import com.hallkiosk.device.camera.CaptureRequest;
import com.hallkiosk.device.camera.FaceCapture;
import com.hallkiosk.device.camera.Frame;
import com.hallkiosk.device.camera.LivenessPrompt;
import com.hallkiosk.face.SyntheticFace;
import com.hallkiosk.face.SyntheticFace.Pose;
import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A camera that films a drawn face ({@link SyntheticFace}) acting out a {@link CameraScenario}, one frame every
 * {@code frameInterval}, on its own device thread like a driver. Frames are generated in memory from the face and
 * a seed, so the same scenario films the same frames on every run and no image ships with the kiosk.
 */
public final class EmulatedCamera implements Camera {
    public static final String NAME = "camera";
    public static final int UNPLUG_AFTER_FRAMES = 10;
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration PREVIEW_FRAME_TIMEOUT = Duration.ofSeconds(1);
    /** The preview's first frame of its own waits for a capture under way, whose frames the preview shows meanwhile. */
    private static final Duration PREVIEW_START_TIMEOUT = Duration.ofSeconds(30);
    private static final double FULL_TURN = 0.8;

    private final Duration frameInterval;
    private final SplittableRandom noise;
    private final HealthTracker health;
    private final DeviceThreads threads = new DeviceThreads(NAME);
    private final Object lock = new Object();
    // Who stands in front of the lens and what they do; the demo's card desk changes it with each person.
    private CameraScenario scenario;
    private SyntheticFace face;
    private int filmed;
    private boolean unplugged;
    private Consumer<Frame> preview;

    public EmulatedCamera(CameraScenario scenario, SyntheticFace face, Duration frameInterval, long seed, Clock clock) {
        this.scenario = scenario;
        this.face = face;
        this.frameInterval = frameInterval;
        this.noise = new SplittableRandom(seed);
        this.health = new HealthTracker(clock, "not opened yet");
    }

    /**
     * From the next frame on, films {@code newFace} acting out {@code newScenario}: the next person steps up to
     * the kiosk (the demo card desk puts each demo person's face here with their ID card).
     */
    public void stand(SyntheticFace newFace, CameraScenario newScenario) {
        synchronized (lock) {
            face = newFace;
            scenario = newScenario;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CompletableFuture<Void> open() {
        threads.start();
        return threads.submit("open", OPEN_TIMEOUT, () -> {
            synchronized (lock) {
                if (unplugged) {
                    health.report(DeviceHealth.State.OFFLINE, "camera unplugged");
                    throw offline();
                }
            }
            health.report(DeviceHealth.State.READY, "emulated camera");
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> enable() {
        return threads.submit("enable", OPEN_TIMEOUT, () -> null);
    }

    /**
     * The listener takes the frames at once, also those a capture films meanwhile (one sensor feeds both, as on a
     * real camera); between captures the emulator films preview frames of its own.
     */
    @Override
    public CompletableFuture<Void> startPreview(Consumer<Frame> listener) {
        synchronized (lock) {
            preview = listener;
        }
        return threads.submit("start preview", PREVIEW_START_TIMEOUT, () -> {
            nextPreviewFrame(listener);
            return null;
        });
    }

    @Override
    public void stopPreview() {
        synchronized (lock) {
            preview = null;
        }
    }

    @Override
    public CompletableFuture<Void> capture(FaceCapture capture, CaptureRequest request) {
        return threads.submit("capture", request.timeout(), () -> {
            for (int i = 0; i < request.frames(); i++) {
                Thread.sleep(frameInterval.toMillis());
                Frame frame = film(request.prompt(), i, request.frames());
                showInPreview(frame);
                capture.add(request.prompt(), frame);
            }
            return null;
        });
    }

    @Override
    public DeviceHealth health() {
        return health.current();
    }

    @Override
    public void onHealthChange(Consumer<DeviceHealth> listener) {
        health.listen(listener);
    }

    @Override
    public void close() {
        stopPreview();
        threads.stop(OPEN_TIMEOUT, () -> null);
        health.report(DeviceHealth.State.OFFLINE, "closed");
    }

    /** A copy of a captured frame to the preview, wiped once shown; the capture keeps the frame itself. */
    private void showInPreview(Frame frame) {
        Consumer<Frame> listener;
        synchronized (lock) {
            listener = preview;
        }
        if (listener == null) {
            return;
        }
        Frame copy = new Frame(frame.width(), frame.height(), frame.luma().clone());
        try {
            listener.accept(copy);
        } finally {
            copy.wipe();
        }
    }

    /** Films one preview frame, shows it, wipes it, and asks for the next one while the preview runs. */
    private void nextPreviewFrame(Consumer<Frame> listener) {
        synchronized (lock) {
            if (preview != listener) {
                return;
            }
        }
        Frame frame = film(null, 0, 1);
        try {
            listener.accept(frame);
        } finally {
            frame.wipe();
        }
        CompletableFuture.delayedExecutor(frameInterval.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
                threads.submit("preview", PREVIEW_FRAME_TIMEOUT, () -> {
                    nextPreviewFrame(listener);
                    return null;
                }));
    }

    /** Frame {@code index} of {@code count} filmed under {@code prompt} (null: the preview, no prompt). */
    private Frame film(LivenessPrompt prompt, int index, int count) {
        CameraScenario acting;
        SyntheticFace filmedFace;
        synchronized (lock) {
            if (unplugged || scenario == CameraScenario.UNPLUGGED_MID_SESSION && filmed >= UNPLUG_AFTER_FRAMES) {
                unplugged = true;
                health.report(DeviceHealth.State.OFFLINE, "camera unplugged");
                throw offline();
            }
            filmed++;
            acting = scenario;
            filmedFace = face;
        }
        return new Frame(SyntheticFace.WIDTH, SyntheticFace.HEIGHT, pixels(acting, filmedFace, prompt, index, count));
    }

    private byte[] pixels(CameraScenario acting, SyntheticFace filmedFace, LivenessPrompt prompt, int index, int count) {
        return switch (acting) {
            case LIVE_PERSON, UNPLUGGED_MID_SESSION -> filmedFace.draw(livePose(prompt, index, count), noise);
            case PHOTO_HELD_UP -> filmedFace.draw(photoPose(prompt, index, count), noise);
            case NO_FACE -> plain(90);
            case DARK -> plain(8);
        };
    }

    /** A person follows the prompt in the middle of the frames: eyes shut for one frame, or the head turning. */
    private static Pose livePose(LivenessPrompt prompt, int index, int count) {
        if (prompt == null) {
            return new Pose(0, false, 0, 0);
        }
        double progress = count == 1 ? 1 : index / (double) (count - 1);
        return switch (prompt.kind()) {
            case BLINK -> new Pose(0, index == count / 2, 0, 0);
            case TURN_LEFT -> new Pose(FULL_TURN * progress, false, 0, 0);
            case TURN_RIGHT -> new Pose(-FULL_TURN * progress, false, 0, 0);
            case READ_DIGITS -> new Pose(0, false, 0, index % 2);
        };
    }

    /** A photo never changes its face; asked to turn, the hand holding it moves it sideways. */
    private static Pose photoPose(LivenessPrompt prompt, int index, int count) {
        boolean turning = prompt != null && (prompt.kind() == LivenessPrompt.Kind.TURN_LEFT
                || prompt.kind() == LivenessPrompt.Kind.TURN_RIGHT);
        return new Pose(0, false, turning ? index * 8 / Math.max(1, count - 1) : 0, 0);
    }

    private byte[] plain(int level) {
        byte[] luma = new byte[SyntheticFace.WIDTH * SyntheticFace.HEIGHT];
        for (int i = 0; i < luma.length; i++) {
            luma[i] = (byte) Math.max(0, level + noise.nextInt(17) - 8);
        }
        return luma;
    }

    private static DeviceException offline() {
        return new DeviceException.Offline("camera: unplugged", "check the camera's USB cable", null);
    }
}
