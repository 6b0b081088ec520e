package com.hallkiosk.app;

import com.hallkiosk.demo.EmulatedReaders;
import com.hallkiosk.device.camera.emulator.CameraScenario;
import com.hallkiosk.device.camera.emulator.EmulatedCamera;
import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.device.idcard.emulator.EmulatedIdCardModule;
import com.hallkiosk.device.sscard.emulator.VirtualReader;
import com.hallkiosk.device.sscard.emulator.VirtualSocialSecurityCard;
import com.hallkiosk.face.SyntheticFace;
import java.util.Optional;

/**
 * The demo card desk's readers: the emulators {@link ConfiguredDevices} started (the ID card module on its
 * pty, the virtual PC/SC reader, the camera), so a demo card goes through the same driver code as a real one. A role
 * not set to {@code emulator} in devices.properties has no emulator to put a card on.
 */
record DemoCardReaders(Optional<EmulatedIdCardModule> idCardModule, Optional<VirtualReader> virtualReader,
                       Optional<EmulatedCamera> camera) implements EmulatedReaders {

    static DemoCardReaders of(ConfiguredDevices devices) {
        return new DemoCardReaders(devices.idCardModule(), devices.virtualReader(), devices.emulatedCamera());
    }

    @Override
    public void placeIdCard(IdCard card) {
        module().place(card);
    }

    @Override
    public void removeIdCard() {
        module().remove();
    }

    @Override
    public void insertSocialSecurityCard(VirtualSocialSecurityCard card) {
        reader().insert(card);
    }

    @Override
    public void removeSocialSecurityCard() {
        reader().remove();
    }

    @Override
    public void stepUpToCamera(String idNumber, boolean holdingUpAPhoto) {
        camera.ifPresent(lens -> lens.stand(SyntheticFace.of(idNumber),
                holdingUpAPhoto ? CameraScenario.PHOTO_HELD_UP : CameraScenario.LIVE_PERSON));
    }

    private EmulatedIdCardModule module() {
        return idCardModule.orElseThrow(() -> new IllegalStateException(
                "the ID card reader is not emulated: set idcard.driver=emulator in devices.properties"));
    }

    private VirtualReader reader() {
        return virtualReader.orElseThrow(() -> new IllegalStateException(
                "the 社保卡 reader is not emulated: set sscard.driver=emulator in devices.properties"));
    }
}
