package com.hallkiosk.device.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.camera.emulator.CameraScenario;
import com.hallkiosk.device.camera.emulator.EmulatedCamera;
import com.hallkiosk.face.SyntheticFace;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each emulator scenario through the liveness checker, as the certification item will run it. */
class LivenessScenariosTest {
    private final LivenessChecker checker = new LivenessChecker();

    private LivenessResult session(CameraScenario scenario) {
        return session(scenario, CameraSessions.prompts());
    }

    private LivenessResult session(CameraScenario scenario, List<LivenessPrompt> prompts) {
        try (EmulatedCamera camera = CameraSessions.opened(scenario, CameraSessions.PERSON);
             FaceCapture capture = new FaceCapture()) {
            CameraSessions.film(camera, capture, prompts);
            return checker.check(capture, prompts);
        }
    }

    @Test
    void aSessionAsksToBlinkTurnAndReadRandomDigits() {
        List<LivenessPrompt> prompts = CameraSessions.prompts();
        assertThat(prompts).extracting(LivenessPrompt::kind).containsExactly(LivenessPrompt.Kind.BLINK,
                LivenessPrompt.Kind.TURN_RIGHT, LivenessPrompt.Kind.READ_DIGITS);
        assertThat(prompts.get(2).digits()).matches("[0-9]{4}");
        List<List<LivenessPrompt>> sessions = IntStream.range(0, 20)
                .mapToObj(seed -> LivenessPrompts.forSession(new SplittableRandom(seed))).toList();
        assertThat(sessions).extracting(session -> session.get(1).kind()).contains(LivenessPrompt.Kind.TURN_LEFT,
                LivenessPrompt.Kind.TURN_RIGHT);
        assertThat(sessions.stream().map(session -> session.get(2).digits()).distinct().count()).isGreaterThan(15);
    }

    @ParameterizedTest
    @EnumSource(value = LivenessPrompt.Kind.class, names = {"TURN_LEFT", "TURN_RIGHT"})
    void aLivePersonPassesAndTheDigitsAreOnlyAPrompt(LivenessPrompt.Kind turn) {
        LivenessResult result = session(CameraScenario.LIVE_PERSON, List.of(LivenessPrompt.of(LivenessPrompt.Kind.BLINK),
                LivenessPrompt.of(turn), LivenessPrompt.readDigits("4071")));

        assertThat(result.verdicts().values()).containsExactly(LivenessVerdict.FOLLOWED, LivenessVerdict.FOLLOWED,
                LivenessVerdict.NOT_VERIFIABLE);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void aLivePersonTurningTheOtherWayDoesNotFollowTheTurn() {
        LivenessPrompt left = LivenessPrompt.of(LivenessPrompt.Kind.TURN_LEFT);
        LivenessPrompt right = LivenessPrompt.of(LivenessPrompt.Kind.TURN_RIGHT);
        try (EmulatedCamera camera = CameraSessions.opened(CameraScenario.LIVE_PERSON, CameraSessions.PERSON);
             FaceCapture capture = new FaceCapture()) {
            CameraSessions.film(camera, capture, List.of(left));
            // The frames filmed under "left" judged as if "right" had been asked.
            FaceCapture relabelled = new FaceCapture();
            capture.frames(left).forEach(frame -> relabelled.add(right, frame));
            assertThat(checker.check(relabelled, List.of(right)).verdicts()).containsEntry(right, LivenessVerdict.NOT_FOLLOWED);
        }
    }

    @Test
    void aPhotoHeldUpNeitherBlinksNorTurns() {
        LivenessResult result = session(CameraScenario.PHOTO_HELD_UP);

        assertThat(result.verdicts().values()).containsExactly(LivenessVerdict.NOT_FOLLOWED, LivenessVerdict.NOT_FOLLOWED,
                LivenessVerdict.NOT_VERIFIABLE);
        assertThat(result.passed()).isFalse();
        assertThat(result.failed()).extracting(LivenessPrompt::kind).containsExactly(LivenessPrompt.Kind.BLINK,
                LivenessPrompt.Kind.TURN_RIGHT);
    }

    @Test
    void nobodyInFrontOfTheCamera() {
        LivenessResult result = session(CameraScenario.NO_FACE);

        assertThat(result.verdicts().values()).containsOnly(LivenessVerdict.NO_FACE);
        assertThat(result.passed()).isFalse();
    }

    @Test
    void theNextPersonWhoStepsUpIsFilmedFromTheNextFrameOn() {
        List<LivenessPrompt> prompts = CameraSessions.prompts();
        try (EmulatedCamera camera = CameraSessions.opened(CameraScenario.NO_FACE, CameraSessions.PERSON)) {
            try (FaceCapture nobody = new FaceCapture()) {
                CameraSessions.film(camera, nobody, prompts);
                assertThat(checker.check(nobody, prompts).verdicts().values()).containsOnly(LivenessVerdict.NO_FACE);
            }
            camera.stand(SyntheticFace.of(CameraSessions.PERSON), CameraScenario.LIVE_PERSON);
            try (FaceCapture someone = new FaceCapture()) {
                CameraSessions.film(camera, someone, prompts);
                assertThat(checker.check(someone, prompts).passed()).isTrue();
            }
            camera.stand(SyntheticFace.of(CameraSessions.PERSON), CameraScenario.PHOTO_HELD_UP);
            try (FaceCapture photo = new FaceCapture()) {
                CameraSessions.film(camera, photo, prompts);
                assertThat(checker.check(photo, prompts).passed()).isFalse();
            }
        }
    }

    @Test
    void aCoveredLensIsTooDark() {
        LivenessResult result = session(CameraScenario.DARK);

        assertThat(result.verdicts().values()).containsOnly(LivenessVerdict.TOO_DARK);
        assertThat(result.passed()).isFalse();
    }

    @Test
    void theCameraUnpluggedMidSessionFailsOfflineAndTheFramesAreWiped() {
        List<LivenessPrompt> prompts = CameraSessions.prompts();
        EmulatedCamera camera = CameraSessions.opened(CameraScenario.UNPLUGGED_MID_SESSION, CameraSessions.PERSON);
        FaceCapture capture = new FaceCapture();

        assertThatThrownBy(() -> CameraSessions.film(camera, capture, prompts))
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(DeviceException.Offline.class)
                .hasMessageContaining("unplugged");
        assertThat(camera.health().state()).isEqualTo(DeviceHealth.State.OFFLINE);
        assertThat(camera.health().reason()).isEqualTo("camera unplugged");
        List<Frame> filmed = capture.all();
        assertThat(filmed).hasSize(EmulatedCamera.UNPLUG_AFTER_FRAMES);
        assertThat(filmed).noneMatch(Frame::blank);

        capture.close();
        assertThatThrownBy(() -> camera.reconnect().join()).cause().isInstanceOf(DeviceException.Offline.class);
        assertThat(camera.health().reason()).isEqualTo("camera unplugged");
        camera.close();

        assertThat(filmed).allMatch(Frame::wiped).allMatch(Frame::blank);
        assertThat(capture.frames(prompts.get(0))).allMatch(Frame::wiped);
    }

    @Test
    void theSampleIsTheMostFrontalOpenEyedFrame() {
        List<LivenessPrompt> prompts = CameraSessions.prompts();
        try (EmulatedCamera camera = CameraSessions.opened(CameraScenario.LIVE_PERSON, CameraSessions.PERSON);
             FaceCapture capture = new FaceCapture()) {
            CameraSessions.film(camera, capture, prompts);
            assertThat(checker.sample(capture)).get().extracting(sample -> sample.template().length)
                    .isEqualTo(com.hallkiosk.face.FaceTemplate.LENGTH);
        }
        try (EmulatedCamera camera = CameraSessions.opened(CameraScenario.NO_FACE, CameraSessions.PERSON);
             FaceCapture capture = new FaceCapture()) {
            CameraSessions.film(camera, capture, prompts);
            assertThat(checker.sample(capture)).isEmpty();
        }
    }

    @Test
    void verdictsKeepThePromptsOrder() {
        LivenessResult result = session(CameraScenario.LIVE_PERSON);
        assertThat(result.verdicts().keySet()).containsExactlyElementsOf(CameraSessions.prompts());
        assertThat(Map.copyOf(result.verdicts())).hasSize(3);
    }
}
