package com.hallkiosk.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.camera.CaptureRequest;
import com.hallkiosk.device.camera.FaceCapture;
import com.hallkiosk.device.camera.LivenessChecker;
import com.hallkiosk.device.camera.LivenessPrompt;
import com.hallkiosk.device.camera.LivenessPrompts;
import com.hallkiosk.device.camera.emulator.CameraScenario;
import com.hallkiosk.device.camera.emulator.EmulatedCamera;
import com.hallkiosk.face.FaceTemplate;
import com.hallkiosk.face.SyntheticFace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compareFace on the reference system, with samples filmed by the emulated camera as a kiosk films them. */
class FaceComparisonTest {
    @TempDir
    static Path directory;
    private static BusinessFixture fixture;
    private static BusinessSystem business;

    @BeforeAll
    static void load() throws Exception {
        fixture = new BusinessFixture(directory);
        business = fixture.system();
    }

    /** The sample a kiosk would send after filming {@code filmed}'s face in {@code scenario}. */
    private static FaceSample filmed(CameraScenario scenario, String filmed) {
        List<LivenessPrompt> prompts = LivenessPrompts.forSession(new SplittableRandom(9));
        try (EmulatedCamera camera = new EmulatedCamera(scenario, SyntheticFace.of(filmed), Duration.ofMillis(1), 5,
                Clock.systemUTC());
             FaceCapture capture = new FaceCapture()) {
            camera.open().join();
            for (LivenessPrompt prompt : prompts) {
                camera.capture(capture, new CaptureRequest(prompt, 8, Duration.ofSeconds(5))).join();
            }
            return new LivenessChecker().sample(capture).orElseThrow();
        }
    }

    private static String person(int skip) {
        return fixture.population.people().skip(skip).findFirst().orElseThrow().person().idNumber();
    }

    @Test
    void thePersonOnCameraMatchesTheirReference() throws Exception {
        String id = person(0);

        FaceMatch match = business.compareFace(id, filmed(CameraScenario.LIVE_PERSON, id));

        assertThat(match.matched()).isTrue();
        assertThat(match.similarity()).isGreaterThanOrEqualTo(FaceTemplate.MATCH_THRESHOLD);
        assertThat(match.threshold()).isEqualTo(FaceTemplate.MATCH_THRESHOLD);
    }

    @Test
    void anotherPersonOnCameraDoesNotMatch() throws Exception {
        String id = person(0);

        FaceMatch match = business.compareFace(id, filmed(CameraScenario.LIVE_PERSON, person(1)));

        assertThat(match.matched()).isFalse();
        assertThat(match.similarity()).isLessThan(FaceTemplate.MATCH_THRESHOLD);
    }

    /** Why liveness comes first: a photo of the right person matches; only the liveness check refuses it. */
    @Test
    void aPhotoOfThePersonMatchesTheFace() throws Exception {
        String id = person(2);

        assertThat(business.compareFace(id, filmed(CameraScenario.PHOTO_HELD_UP, id)).matched()).isTrue();
    }

    @Test
    void refusals() {
        FaceSample sample = new FaceSample(FaceTemplate.ofFrontal(SyntheticFace.of(person(0))));

        assertThatThrownBy(() -> business.compareFace("110101199001011237", sample))
                .isInstanceOf(BusinessException.UnknownPerson.class);
        assertThatThrownBy(() -> business.compareFace(person(0), new FaceSample(new byte[12])))
                .isInstanceOf(BusinessException.NothingToDo.class).hasMessageContaining("template");
    }

    @Test
    void aSampleShowsOnlyItsSizeAndWipes() {
        FaceSample sample = new FaceSample(FaceTemplate.ofFrontal(SyntheticFace.of(person(0))));

        assertThat(sample.toString()).isEqualTo("FaceSample[" + FaceTemplate.LENGTH + " bytes]");
        sample.wipe();
        assertThat(sample.template()).containsOnly(0);
    }
}
