package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.demo.DemoCardDesk;
import com.hallkiosk.demo.DemoCards;
import com.hallkiosk.device.camera.CaptureRequest;
import com.hallkiosk.device.camera.FaceCapture;
import com.hallkiosk.device.camera.LivenessChecker;
import com.hallkiosk.device.camera.LivenessPrompt;
import com.hallkiosk.device.camera.LivenessPrompts;
import com.hallkiosk.device.camera.LivenessVerdict;
import com.hallkiosk.device.camera.emulator.CameraScenario;
import com.hallkiosk.device.camera.emulator.EmulatedCamera;
import com.hallkiosk.device.sscard.emulator.VirtualReader;
import com.hallkiosk.device.sscard.emulator.VirtualReaders;
import com.hallkiosk.face.SyntheticFace;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The desk over the app's adapter: a card goes into the virtual reader; a reader not emulated says how to fix it. */
class DemoCardReadersTest {
    private final VirtualReaders readers = new VirtualReaders();
    private final VirtualReader slot = readers.plugIn("Virtual Reader 00 00", true);
    private final EmulatedCamera camera = new EmulatedCamera(CameraScenario.NO_FACE, SyntheticFace.of(""),
            Duration.ofMillis(1), 1, Clock.systemUTC());
    private final DemoCardDesk desk = new DemoCardDesk(
            DemoCards.of(new DemoPopulation(Wiring.DEMO_POPULATION_SEED, DemoBackOffice.DEMO_PEOPLE, LocalDate.of(2026, 11, 22))),
            new DemoCardReaders(Optional.empty(), Optional.of(slot), Optional.of(camera)));

    @Test
    void aDemo社保卡GoesIntoTheVirtualReaderAndComesOut() throws Exception {
        desk.insertSocialSecurityCard("sealed");
        assertThat(slot.isCardPresent()).isTrue();
        desk.removeSocialSecurityCard();
        assertThat(slot.isCardPresent()).isFalse();
    }

    @Test
    void aDemoPersonHoldingUpTheirPhotoIsFilmedAndFailsTheLivenessCheck() {
        camera.open().join();
        List<LivenessPrompt> prompts = LivenessPrompts.forSession(new SplittableRandom(1));
        LivenessChecker checker = new LivenessChecker();
        try (FaceCapture before = new FaceCapture(); FaceCapture photo = new FaceCapture()) {
            filmed(before, prompts);
            assertThat(checker.check(before, prompts).verdicts().values()).as("nobody at the camera yet")
                    .containsOnly(LivenessVerdict.NO_FACE);
            desk.holdUpPhoto("normal");
            filmed(photo, prompts);
            assertThat(checker.check(photo, prompts).verdicts().values()).as("a face, but a still one")
                    .doesNotContain(LivenessVerdict.NO_FACE).contains(LivenessVerdict.NOT_FOLLOWED);
        } finally {
            camera.close();
        }
    }

    private void filmed(FaceCapture capture, List<LivenessPrompt> prompts) {
        for (LivenessPrompt prompt : prompts) {
            camera.capture(capture, new CaptureRequest(prompt, 8, Duration.ofSeconds(5))).join();
        }
    }

    @Test
    void anIdCardWithoutTheEmulatedModuleNamesTheSettingToChange() {
        assertThatThrownBy(() -> desk.placeIdCard("normal")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("idcard.driver=emulator");
    }
}
