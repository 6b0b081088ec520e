package com.hallkiosk.device.pinpad;

import com.hallkiosk.device.DeviceException;

/** The PIN entry ended without a PIN: the person pressed cancel, or the kiosk cancelled it. */
public final class PinEntryCancelled extends DeviceException {
    public PinEntryCancelled(String message) {
        super(message, null);
    }
}
