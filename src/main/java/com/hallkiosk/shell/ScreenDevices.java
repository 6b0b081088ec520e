package com.hallkiosk.shell;

import com.hallkiosk.device.camera.Camera;
import com.hallkiosk.device.pinpad.OnScreenPinPad;
import java.util.Optional;

/**
 * The devices an item's screen works with besides the item's controller: the on-screen keypad the PINs are typed
 * on (on a kiosk without a PIN pad), and the camera whose picture is mirrored while the face is filmed.
 */
public record ScreenDevices(Optional<OnScreenPinPad> keypad, Optional<Camera> camera) {
    public static final ScreenDevices NONE = new ScreenDevices(Optional.empty(), Optional.empty());
}
