package com.hallkiosk.device.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.camera.emulator.CameraScenario;
import com.hallkiosk.device.camera.emulator.EmulatedCamera;
import com.hallkiosk.face.SyntheticFace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The camera port's lifecycle, health, timeouts and preview, and that frames stay in memory and end wiped. */
class EmulatedCameraTest {
    private final LivenessPrompt blink = LivenessPrompt.of(LivenessPrompt.Kind.BLINK);

    @Test
    void lifecycleAndHealth() {
        EmulatedCamera camera = new EmulatedCamera(CameraScenario.LIVE_PERSON, SyntheticFace.of(CameraSessions.PERSON),
                Duration.ofMillis(1), 1, Clock.systemUTC());
        List<DeviceHealth> changes = new CopyOnWriteArrayList<>();
        camera.onHealthChange(changes::add);
        assertThat(camera.health().state()).isEqualTo(DeviceHealth.State.OFFLINE);

        assertThatThrownBy(() -> camera.capture(new FaceCapture(), new CaptureRequest(blink, 1, Duration.ofSeconds(1))).join())
                .cause().isInstanceOf(DeviceException.Offline.class).hasMessageContaining("closed device");

        camera.open().join();
        camera.enable().join();
        assertThat(camera.health().canWork()).isTrue();
        try (FaceCapture capture = new FaceCapture()) {
            camera.capture(capture, new CaptureRequest(blink, 3, Duration.ofSeconds(2))).join();
            assertThat(capture.frames(blink)).hasSize(3);
        }

        camera.close();
        assertThat(camera.health().state()).isEqualTo(DeviceHealth.State.OFFLINE);
        assertThat(changes).extracting(DeviceHealth::state).containsExactly(DeviceHealth.State.READY,
                DeviceHealth.State.OFFLINE);
        camera.reconnect().join();
        assertThat(camera.health().state()).isEqualTo(DeviceHealth.State.READY);
        camera.close();
    }

    @Test
    void aCaptureThatTakesTooLongTimesOutAndItsLateFramesAreWiped() throws InterruptedException {
        EmulatedCamera camera = new EmulatedCamera(CameraScenario.LIVE_PERSON, SyntheticFace.of(CameraSessions.PERSON),
                Duration.ofMillis(50), 1, Clock.systemUTC());
        camera.open().join();
        FaceCapture capture = new FaceCapture();

        assertThatThrownBy(() -> camera.capture(capture, new CaptureRequest(blink, 20, Duration.ofMillis(120))).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(DeviceException.Timeout.class);
        capture.close();
        // The device thread is still filming; what it hands over now is wiped on arrival.
        Thread.sleep(150);
        camera.close();
        assertThat(capture.all()).isNotEmpty().allMatch(Frame::wiped).allMatch(Frame::blank);
    }

    @Test
    void thePreviewShowsFramesAndWipesEachOnceShown() throws InterruptedException {
        EmulatedCamera camera = CameraSessions.opened(CameraScenario.LIVE_PERSON, CameraSessions.PERSON);
        List<Frame> shown = new CopyOnWriteArrayList<>();
        List<Boolean> hadPixels = new CopyOnWriteArrayList<>();
        CountDownLatch three = new CountDownLatch(3);
        camera.startPreview(frame -> {
            hadPixels.add(!frame.blank());
            shown.add(frame);
            three.countDown();
        }).join();
        assertThat(three.await(5, TimeUnit.SECONDS)).isTrue();
        camera.stopPreview();
        camera.close();

        assertThat(hadPixels).doesNotContain(false);
        assertThat(shown).allMatch(Frame::wiped).allMatch(Frame::blank);
        assertThat(shown.get(0).toString()).isEqualTo("Frame[120×120]");
    }

    @Test
    void thePreviewGoesOnWhileACaptureFilmsAndGetsCopiesOfItsFrames() {
        EmulatedCamera camera = new EmulatedCamera(CameraScenario.LIVE_PERSON, SyntheticFace.of(CameraSessions.PERSON),
                Duration.ofMillis(20), 1, Clock.systemUTC());
        camera.open().join();
        List<Frame> shown = new CopyOnWriteArrayList<>();
        try (FaceCapture capture = new FaceCapture()) {
            CompletableFuture<Void> filming = camera.capture(capture, new CaptureRequest(blink, 30, Duration.ofSeconds(5)));
            // Asked while the device thread films: the preview must not wait for the capture to end.
            camera.startPreview(shown::add);
            filming.join();
            assertThat(shown).as("the capture's frames are mirrored as they are filmed").hasSizeGreaterThan(10);
            assertThat(capture.frames(blink)).hasSize(30).noneMatch(Frame::wiped)
                    .allSatisfy(frame -> assertThat(shown).doesNotContain(frame));
            assertThat(shown).allMatch(Frame::wiped);
        } finally {
            camera.stopPreview();
            camera.close();
        }
    }

    @Test
    void framesNeverTouchTheDisk() throws IOException {
        List<LivenessPrompt> prompts = CameraSessions.prompts();
        List<Frame> filmed;
        Set<String> filesBefore;
        Set<String> filesDuring;
        List<String> written;
        try (FileWrites writes = new FileWrites()) {
            // After the recording started: its own chunk file is open by then.
            filesBefore = openFiles();
            try (EmulatedCamera camera = CameraSessions.opened(CameraScenario.LIVE_PERSON, CameraSessions.PERSON);
                 FaceCapture capture = new FaceCapture()) {
                camera.startPreview(frame -> { }).join();
                CameraSessions.film(camera, capture, prompts);
                camera.stopPreview();
                new LivenessChecker().check(capture, prompts);
                new LivenessChecker().sample(capture).orElseThrow().wipe();
                filesDuring = openFiles();
                filmed = capture.all();
            }
            written = writes.written();
        }

        assertThat(written).isEmpty();
        assertThat(filesDuring).isSubsetOf(filesBefore);
        assertThat(filmed).hasSize(prompts.size() * CameraSessions.FRAMES_PER_PROMPT).allMatch(Frame::blank);
    }

    @Test
    void theFileWatchSeesWritesOfTheTestAndOfTheCamerasThreadsOnly(@TempDir Path directory) throws Exception {
        try (FileWrites writes = new FileWrites()) {
            Files.write(directory.resolve("probe"), new byte[] {1});
            Thread camera = new Thread(() -> write(directory.resolve("camera")), "device-camera-probe");
            Thread other = new Thread(() -> write(directory.resolve("other")), "someone-else");
            camera.start();
            other.start();
            camera.join();
            other.join();
            assertThat(writes.written()).containsExactlyInAnyOrder(directory.resolve("probe").toString(),
                    directory.resolve("camera").toString());
        }
    }

    private static void write(Path file) {
        try {
            Files.write(file, new byte[] {2});
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The regular files this process holds open, from /proc/self/fd (Linux). */
    private static Set<String> openFiles() throws IOException {
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return descriptors.map(descriptor -> {
                try {
                    return Files.readSymbolicLink(descriptor).toString();
                } catch (IOException gone) {
                    return "";
                }
            }).filter(target -> target.startsWith("/") && !target.startsWith("/dev/") && !target.startsWith("/proc/"))
                    .collect(Collectors.toSet());
        }
    }

    private static Set<String> listing(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(entry -> entry.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
