package com.hallkiosk.device.receipt;

/**
 * Where the printer is: a serial port, or the emulator's in-memory line. The driver connects through it
 * on open and again after the printer went away.
 */
@FunctionalInterface
public interface PrinterConnector {
    /**
     * Opens the port and drops whatever it still holds from before.
     *
     * @throws com.hallkiosk.device.DeviceException.Offline when the port is not there or cannot be opened
     */
    PrinterConnection connect();
}
