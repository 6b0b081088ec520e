package com.hallkiosk.device.receipt.emulator;

import com.fazecast.jSerialComm.SerialPort;
import com.hallkiosk.device.idcard.emulator.SocatPtyPair;
import com.hallkiosk.device.receipt.PrinterConnector;
import com.hallkiosk.device.receipt.PrinterModel;
import com.hallkiosk.device.receipt.SerialPrinterLink;
import java.io.IOException;

/**
 * The emulated printer on the far end of a socat pty pair: the driver opens the near end with
 * jSerialComm exactly as it opens a real port, and so does the printer its end. Stopping socat is
 * pulling the cable.
 */
final class PtyLine implements EmulatorLine {
    private static final int READ_WAIT_MS = 100;
    private static final int WRITE_WAIT_MS = 1000;

    private final SocatPtyPair pair;
    private final int baud;
    private final PrinterModel.FlowControl flowControl;

    PtyLine(SocatPtyPair pair, int baud, PrinterModel.FlowControl flowControl) {
        this.pair = pair;
        this.baud = baud;
        this.flowControl = flowControl;
    }

    @Override
    public String hostPort() {
        return pair.hostEnd().toString();
    }

    @Override
    public PrinterConnector connector() {
        return SerialPrinterLink.at(hostPort(), baud, flowControl);
    }

    @Override
    public PrinterSide printerSide() {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(pair.moduleEnd().toString());
        } catch (RuntimeException e) {
            return null;
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_WAIT_MS, WRITE_WAIT_MS);
        if (!port.openPort()) {
            return null;
        }
        return new PrinterSide() {
            @Override
            public int read(byte[] buffer) {
                return port.readBytes(buffer, buffer.length);
            }

            @Override
            public boolean write(byte[] bytes) {
                return port.writeBytes(bytes, bytes.length) == bytes.length;
            }

            @Override
            public void close() {
                port.closePort();
            }
        };
    }

    @Override
    public void unplug() {
        pair.stop();
    }

    @Override
    public void plugIn() throws IOException {
        pair.start();
    }

    @Override
    public void close() {
        pair.close();
    }
}
