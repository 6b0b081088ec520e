package com.hallkiosk.demo;

import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.device.sscard.emulator.VirtualSocialSecurityCard;

/**
 * The demo's two emulated readers and the emulated camera, as the card desk needs them; the app adapts the running
 * emulators.
 */
public interface EmulatedReaders {
    /** Lays an ID card on the emulated module (replacing one already there). */
    void placeIdCard(IdCard card);

    void removeIdCard();

    /** Inserts a 社保卡 in the virtual PC/SC reader (replacing one already there). */
    void insertSocialSecurityCard(VirtualSocialSecurityCard card);

    void removeSocialSecurityCard();

    /**
     * The person of {@code idNumber} steps up to the kiosk's camera: themself, or holding up a photo of themself (the
     * liveness check's refusal). Nothing happens on a kiosk without an emulated camera.
     */
    void stepUpToCamera(String idNumber, boolean holdingUpAPhoto);
}
