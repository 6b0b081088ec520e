package com.hallkiosk.device.receipt;

import com.fazecast.jSerialComm.SerialPort;
import com.hallkiosk.device.DeviceException;
import java.time.Duration;

/**
 * A receipt printer on a serial port, through jSerialComm: 8N1 at the configured baud with the model's
 * flow control. A read or write that returns -1 means the printer is gone (the port stays "open" when a
 * USB adapter is pulled or a pty's far end dies) and is reported as {@link DeviceException.Offline}.
 */
public final class SerialPrinterLink implements PrinterConnection {
    static final String CHECK_CABLE = "check the receipt printer's cable and power, and the configured port";
    /** How long one read call waits for a byte; on Linux jSerialComm waits in tenths of a second. */
    private static final int READ_WAIT_MS = 100;
    /** How long one write call may block, so that a printer holding the line back is noticed before the deadline. */
    private static final int WRITE_WAIT_MS = 200;
    private static final int WRITE_CHUNK = 512;

    private final SerialPort port;
    private final String path;

    private SerialPrinterLink(SerialPort port, String path) {
        this.port = port;
        this.path = path;
    }

    /** Connects to the printer at {@code path} each time it is asked. */
    public static PrinterConnector at(String path, int baud, PrinterModel.FlowControl flowControl) {
        return () -> open(path, baud, flowControl);
    }

    /**
     * Opens the port at {@code path} and drops whatever it still holds from before.
     *
     * @throws DeviceException.Offline when there is no such port or it cannot be opened
     */
    public static SerialPrinterLink open(String path, int baud, PrinterModel.FlowControl flowControl) {
        SerialPort port;
        try {
            // Looked up on every open: the path may be a link (by-id, a pty) that now points elsewhere.
            port = SerialPort.getCommPort(path);
        } catch (RuntimeException e) {
            throw new DeviceException.Offline("receipt: no serial port " + path, CHECK_CABLE, e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(flowControl(flowControl));
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_WAIT_MS, WRITE_WAIT_MS);
        if (!port.openPort()) {
            throw new DeviceException.Offline("receipt: cannot open serial port " + path + " (error "
                    + port.getLastErrorCode() + ")", CHECK_CABLE + "; no other program may hold the port", null);
        }
        SerialPrinterLink link = new SerialPrinterLink(port, path);
        link.dropStaleBytes();
        return link;
    }

    private static int flowControl(PrinterModel.FlowControl flowControl) {
        return switch (flowControl) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            case DTR_DSR -> SerialPort.FLOW_CONTROL_DTR_ENABLED | SerialPort.FLOW_CONTROL_DSR_ENABLED;
            case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        };
    }

    @Override
    public byte[] exchange(byte[] bytes, int answerLength, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int at = 0; at < bytes.length; ) {
            if (System.nanoTime() - deadline > 0) {
                throw new DeviceException.Timeout("receipt: the printer took only " + at + " of " + bytes.length
                        + " bytes within " + timeout.toMillis() + " ms", "is the printer on and its flow control set as its profile says?");
            }
            int written = port.writeBytes(bytes, Math.min(WRITE_CHUNK, bytes.length - at), at);
            // A pty whose far end is gone takes nothing but says no error; asking what can be read tells.
            if (written < 0 || (written == 0 && port.bytesAvailable() < 0)) {
                throw gone("writing to");
            }
            at += written;
        }
        byte[] answer = new byte[answerLength];
        for (int at = 0; at < answerLength; ) {
            if (System.nanoTime() - deadline > 0) {
                throw new DeviceException.Timeout("receipt: no answer from the printer within " + timeout.toMillis()
                        + " ms", "is the printer switched on, and set to " + port.getBaudRate() + " baud?");
            }
            int read = port.readBytes(answer, answerLength - at, at);
            if (read < 0) {
                throw gone("reading from");
            }
            at += read;
        }
        return answer;
    }

    private void dropStaleBytes() {
        byte[] sink = new byte[256];
        int available;
        while ((available = port.bytesAvailable()) != 0) {
            if (available < 0 || port.readBytes(sink, Math.min(available, sink.length)) < 0) {
                throw gone("reading from");
            }
        }
    }

    private DeviceException.Offline gone(String doing) {
        return new DeviceException.Offline("receipt: " + doing + " " + path + " failed (unplugged?)", CHECK_CABLE, null);
    }

    @Override
    public void close() {
        port.closePort();
    }
}
