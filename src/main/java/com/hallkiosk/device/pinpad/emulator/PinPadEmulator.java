package com.hallkiosk.device.pinpad.emulator;

import com.fazecast.jSerialComm.SerialPort;
import com.hallkiosk.device.idcard.emulator.SocatPtyPair;
import com.hallkiosk.device.pinpad.PinPadConnector;
import com.hallkiosk.device.pinpad.SerialPinPadLink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A {@link VirtualPinPad} at the far end of a socat pty pair, on its own thread: the driver opens the near
 * end with jSerialComm as it opens a real port. {@link #press} is a finger on the pad; stopping socat
 * ({@link #unplug()}) is pulling the cable.
 */
public final class PinPadEmulator implements AutoCloseable {
    private static final int READ_WAIT_MS = 50;
    private static final int WRITE_WAIT_MS = 500;

    private final VirtualPinPad pad;
    private final SocatPtyPair pair;
    private final int baud;
    private final Thread thread;
    private volatile boolean running = true;

    private PinPadEmulator(VirtualPinPad pad, SocatPtyPair pair, int baud) {
        this.pad = pad;
        this.pair = pair;
        this.baud = baud;
        this.thread = new Thread(this::serve, "pinpad-emulator");
        thread.setDaemon(true);
        thread.start();
    }

    public static PinPadEmulator onPty(Path socat, Path directory, String model, int baud) throws IOException {
        SocatPtyPair pair = new SocatPtyPair(socat, directory);
        pair.start();
        return new PinPadEmulator(new VirtualPinPad(model), pair, baud);
    }

    public VirtualPinPad pad() {
        return pad;
    }

    public String hostPort() {
        return pair.hostEnd().toString();
    }

    public PinPadConnector connector() {
        return SerialPinPadLink.at(hostPort(), baud);
    }

    /** Presses {@code key}; false when the pad sent nothing for it (input disabled). */
    public boolean press(PadKey key) {
        return pad.press(key);
    }

    /** Types {@code digits} on the pad, one key each. */
    public void type(String digits) {
        for (char digit : digits.toCharArray()) {
            if (!pad.press(PadKey.digit(digit))) {
                throw new IllegalStateException("the pad's input is not enabled");
            }
        }
    }

    public void unplug() {
        pair.stop();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pair.close();
    }

    private void serve() {
        byte[] buffer = new byte[256];
        while (running) {
            SerialPort port = openPadEnd();
            if (port == null) {
                pause();
                continue;
            }
            try {
                while (running) {
                    int read = port.readBytes(buffer, buffer.length);
                    if (read < 0 || (read == 0 && port.bytesAvailable() < 0)) {
                        break;
                    }
                    if (read > 0) {
                        pad.receive(buffer, read);
                        Arrays.fill(buffer, (byte) 0);
                    }
                    byte[] out = pad.takeOutput();
                    if (out.length > 0 && port.writeBytes(out, out.length) != out.length) {
                        break;
                    }
                }
            } finally {
                port.closePort();
            }
        }
    }

    private SerialPort openPadEnd() {
        if (!pair.running()) {
            return null;
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(pair.moduleEnd().toString());
        } catch (RuntimeException e) {
            return null;
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_WAIT_MS, WRITE_WAIT_MS);
        return port.openPort() ? port : null;
    }

    private void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
