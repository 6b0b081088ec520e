package com.hallkiosk.device.pinpad;

/** Where the PIN pad is; the driver connects through it on open and again after the pad went away. */
@FunctionalInterface
public interface PinPadConnector {
    /** @throws com.hallkiosk.device.DeviceException.Offline when the port is not there or cannot be opened */
    PinPadLink connect();
}
