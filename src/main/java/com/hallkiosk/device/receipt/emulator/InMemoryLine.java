package com.hallkiosk.device.receipt.emulator;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.receipt.PrinterConnection;
import com.hallkiosk.device.receipt.PrinterConnector;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The emulated printer's line without a pty, for machines without socat: two pipes in memory. The
 * driver reaches it through a link that fails as a serial port does (Offline when unplugged, Timeout
 * when nothing comes), and the printer's end is paced to the baud by the same runner as on a pty.
 */
final class InMemoryLine implements EmulatorLine {
    static final String NAME = "the emulator's in-memory line";
    private static final long PRINTER_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final String CHECK = "plug the emulated printer back in";

    private BytePipe toPrinter = new BytePipe();
    private BytePipe toHost = new BytePipe();
    private boolean plugged = true;
    private boolean printerSideOpen;

    @Override
    public String hostPort() {
        return NAME;
    }

    @Override
    public PrinterConnector connector() {
        return this::connect;
    }

    private synchronized PrinterConnection connect() {
        if (!plugged) {
            throw new DeviceException.Offline("receipt: nothing on " + NAME + " (unplugged)", CHECK, null);
        }
        // As a serial port is flushed on opening: answers nobody read are gone.
        toHost.clear();
        return new HostEnd(toPrinter, toHost);
    }

    @Override
    public synchronized PrinterSide printerSide() {
        if (!plugged || printerSideOpen) {
            return null;
        }
        printerSideOpen = true;
        BytePipe in = toPrinter;
        BytePipe out = toHost;
        return new PrinterSide() {
            @Override
            public int read(byte[] buffer) {
                try {
                    return in.read(buffer, 0, buffer.length, PRINTER_WAIT_NANOS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }

            @Override
            public boolean write(byte[] bytes) {
                return out.write(bytes);
            }

            @Override
            public void close() {
                synchronized (InMemoryLine.this) {
                    printerSideOpen = false;
                }
            }
        };
    }

    @Override
    public synchronized void unplug() {
        plugged = false;
        toPrinter.close();
        toHost.close();
    }

    @Override
    public synchronized void plugIn() {
        if (plugged) {
            return;
        }
        toPrinter = new BytePipe();
        toHost = new BytePipe();
        plugged = true;
    }

    @Override
    public void close() {
        unplug();
    }

    /** The driver's end: writes go to the printer at once, answers are waited for up to the timeout. */
    private static final class HostEnd implements PrinterConnection {
        private final BytePipe out;
        private final BytePipe in;
        private volatile boolean closed;

        HostEnd(BytePipe out, BytePipe in) {
            this.out = out;
            this.in = in;
        }

        @Override
        public byte[] exchange(byte[] bytes, int answerLength, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            if (closed || (bytes.length > 0 && !out.write(bytes))) {
                throw gone();
            }
            byte[] answer = new byte[answerLength];
            for (int at = 0; at < answerLength; ) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new DeviceException.Timeout("receipt: no answer from the printer within " + timeout.toMillis()
                            + " ms", "is the emulated printer switched on?");
                }
                int read;
                try {
                    read = in.read(answer, at, answerLength - at, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DeviceException.Timeout("receipt: interrupted while waiting for the printer", null);
                }
                if (read < 0 || closed) {
                    throw gone();
                }
                at += read;
            }
            return answer;
        }

        private static DeviceException.Offline gone() {
            return new DeviceException.Offline("receipt: " + NAME + " is unplugged", CHECK, null);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
