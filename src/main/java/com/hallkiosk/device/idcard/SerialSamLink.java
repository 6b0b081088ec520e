package com.hallkiosk.device.idcard;

import com.fazecast.jSerialComm.SerialPort;
import com.hallkiosk.device.DeviceException;
import java.time.Duration;

/**
 * A module on a serial port, through jSerialComm: 8N1 at the configured baud. A read that returns -1
 * means the device is gone (the port stays "open" when a USB adapter is pulled or a pty's far end
 * dies), and is reported as {@link DeviceException.Offline}.
 */
public final class SerialSamLink implements SamLink, AutoCloseable {
    /**
     * How long one read call waits for a byte. On Linux jSerialComm waits in tenths of a second
     * (termios VTIME), so this is also the grain of every answer timeout.
     */
    private static final int READ_WAIT_MS = 100;
    private static final int WRITE_TIMEOUT_MS = 1000;

    private final SerialPort port;
    private final String path;

    private SerialSamLink(SerialPort port, String path) {
        this.port = port;
        this.path = path;
    }

    /**
     * Opens the port at {@code path} and drops whatever the port still holds from before.
     *
     * @throws DeviceException.Offline when there is no such port or it cannot be opened
     */
    public static SerialSamLink open(String path, int baud) {
        SerialPort port;
        try {
            // Looked up on every open: the path may be a link (by-id, a pty) that now points elsewhere.
            port = SerialPort.getCommPort(path);
        } catch (RuntimeException e) {
            throw new DeviceException.Offline("idcard: no serial port " + path, "check the configured port and the cable", e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_WAIT_MS, WRITE_TIMEOUT_MS);
        if (!port.openPort()) {
            throw new DeviceException.Offline("idcard: cannot open serial port " + path + " (error " + port.getLastErrorCode() + ")",
                    "check the configured port, the cable, and that no other program holds the port", null);
        }
        SerialSamLink link = new SerialSamLink(port, path);
        link.dropStaleBytes();
        return link;
    }

    @Override
    public byte[] transceive(byte[] requestFrame, Duration timeout) {
        // A late answer to an exchange given up on would otherwise be taken for this one's.
        dropStaleBytes();
        int written = port.writeBytes(requestFrame, requestFrame.length);
        if (written < 0) {
            throw gone("writing");
        }
        if (written != requestFrame.length) {
            throw new DeviceException.Timeout("idcard: could write only " + written + " of " + requestFrame.length
                    + " bytes to " + path, SamFrameReader.CHECK_CABLE);
        }
        return SamFrameReader.read((buffer, offset, length) -> port.readBytes(buffer, length, offset), timeout);
    }

    private void dropStaleBytes() {
        byte[] sink = new byte[256];
        int available;
        while ((available = port.bytesAvailable()) != 0) {
            if (available < 0 || port.readBytes(sink, Math.min(available, sink.length)) < 0) {
                throw gone("reading");
            }
        }
    }

    private DeviceException.Offline gone(String doing) {
        return new DeviceException.Offline("idcard: " + doing + " " + path + " failed (unplugged?)", SamFrameReader.CHECK_CABLE, null);
    }

    @Override
    public void close() {
        port.closePort();
    }
}
