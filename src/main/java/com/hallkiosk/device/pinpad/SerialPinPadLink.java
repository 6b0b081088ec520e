package com.hallkiosk.device.pinpad;

import com.fazecast.jSerialComm.SerialPort;
import com.hallkiosk.device.DeviceException;

/**
 * A PIN pad on a serial port through jSerialComm, 8N1 at the configured baud. A read or write that fails
 * (the port stays "open" when a USB adapter is pulled or a pty's far end dies) is
 * {@link DeviceException.Offline}.
 */
public final class SerialPinPadLink implements PinPadLink {
    static final String CHECK_CABLE = "check the PIN pad's cable and the configured port";
    private static final int READ_WAIT_MS = 100;
    private static final int WRITE_WAIT_MS = 500;

    private final SerialPort port;
    private final String path;

    private SerialPinPadLink(SerialPort port, String path) {
        this.port = port;
        this.path = path;
    }

    public static PinPadConnector at(String path, int baud) {
        return () -> open(path, baud);
    }

    public static SerialPinPadLink open(String path, int baud) {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (RuntimeException e) {
            throw new DeviceException.Offline("pinpad: no serial port " + path, CHECK_CABLE, e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_WAIT_MS, WRITE_WAIT_MS);
        if (!port.openPort()) {
            throw new DeviceException.Offline("pinpad: cannot open serial port " + path + " (error "
                    + port.getLastErrorCode() + ")", CHECK_CABLE + "; no other program may hold the port", null);
        }
        return new SerialPinPadLink(port, path);
    }

    @Override
    public void write(byte[] bytes) {
        int written = port.writeBytes(bytes, bytes.length);
        if (written != bytes.length || port.bytesAvailable() < 0) {
            throw gone("writing to");
        }
    }

    @Override
    public int read(byte[] buffer) {
        int read = port.readBytes(buffer, buffer.length);
        if (read < 0 || (read == 0 && port.bytesAvailable() < 0)) {
            throw gone("reading from");
        }
        return read;
    }

    private DeviceException.Offline gone(String doing) {
        return new DeviceException.Offline("pinpad: " + doing + " " + path + " failed (unplugged?)", CHECK_CABLE, null);
    }

    @Override
    public void close() {
        port.closePort();
    }
}
