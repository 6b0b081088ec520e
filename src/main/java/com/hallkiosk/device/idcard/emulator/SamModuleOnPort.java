package com.hallkiosk.device.idcard.emulator;

import com.fazecast.jSerialComm.SerialPort;
import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.idcard.IdCardReaderSettings;
import com.hallkiosk.device.idcard.SamFrameReader;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a {@link SamModuleEmulator} on a serial port, the far end of a pty pair, at a baud rate it
 * keeps itself: a pty passes bytes at memory speed whatever its settings, so each answer goes out in
 * small pieces no sooner than a real line would have delivered them, and a request is taken to have
 * arrived when its last byte would have. When the port goes away (socat stopped) the runner keeps
 * trying to open it again, like a module waiting for its cable.
 *
 * <p>The port is opened with jSerialComm, the same library and the same frame reader as the host
 * side: its read timeouts let the loop notice {@link #close()}, and the emulator then meets the pty's
 * quirks (a -1 read when the far end dies) exactly as the driver does.
 */
public final class SamModuleOnPort implements AutoCloseable {
    /** Bytes written at a time: 1.4 ms of line at 115200 baud, fine enough for the pacing. */
    private static final int CHUNK = 16;
    private static final int READ_WAIT_MS = 100;
    private static final Duration IDLE_WAIT = Duration.ofMillis(200);
    private static final Duration REOPEN_WAIT = Duration.ofMillis(20);

    private final SamModuleEmulator module;
    private final String path;
    private final int baud;
    private final Thread thread;
    private volatile boolean running = true;

    private SamModuleOnPort(SamModuleEmulator module, String path, int baud) {
        this.module = module;
        this.path = path;
        this.baud = baud;
        this.thread = new Thread(this::serve, "idcard-emulator");
        thread.setDaemon(true);
    }

    /** Starts answering on the port at {@code path}. */
    public static SamModuleOnPort start(SamModuleEmulator module, String path, int baud) {
        SamModuleOnPort runner = new SamModuleOnPort(module, path, baud);
        runner.thread.start();
        return runner;
    }

    private void serve() {
        SerialPort port = null;
        while (running) {
            if (port == null) {
                port = tryOpen();
                if (port == null) {
                    SocatPtyPair.sleep(REOPEN_WAIT);
                }
                continue;
            }
            try {
                answerOneRequest(port);
            } catch (DeviceException.Offline e) {
                port.closePort();
                port = null;
            }
        }
        if (port != null) {
            port.closePort();
        }
    }

    private void answerOneRequest(SerialPort port) {
        byte[] answer;
        long answerStarts;
        try {
            byte[] request = SamFrameReader.read((buffer, offset, length) -> port.readBytes(buffer, length, offset), IDLE_WAIT);
            // The host wrote the request at memory speed; on a real line its last byte comes this much later.
            answerStarts = System.nanoTime() + IdCardReaderSettings.lineTime(request.length, baud).toNanos();
            answer = module.answer(request);
        } catch (DeviceException.Timeout e) {
            return;
        } catch (DeviceException.Protocol e) {
            answerStarts = System.nanoTime();
            answer = module.garbledRequest();
        }
        send(port, answer, answerStarts);
    }

    /** Writes {@code bytes} so that none reaches the host before a real line would have delivered it. */
    private void send(SerialPort port, byte[] bytes, long start) {
        for (int at = 0; at < bytes.length; at += CHUNK) {
            int n = Math.min(CHUNK, bytes.length - at);
            long due = start + IdCardReaderSettings.lineTime(at + n, baud).toNanos();
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (port.writeBytes(bytes, n, at) < 0) {
                throw new DeviceException.Offline("emulator: the port went away", "start socat again", null);
            }
        }
    }

    private SerialPort tryOpen() {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (RuntimeException e) {
            return null;
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, READ_WAIT_MS, 1000);
        return port.openPort() ? port : null;
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(IDLE_WAIT.multipliedBy(4).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
