package com.hallkiosk.device.receipt.emulator;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a {@link VirtualReceiptPrinter} on its end of a line, at the line's baud rate: the bytes it is
 * sent are taken in small batches, each no sooner than a real line would have delivered it, and its
 * answers go out no sooner than they would have crossed back. When the line goes away (unplugged) it
 * keeps trying to open its end again, like a printer waiting for its cable.
 */
final class VirtualPrinterRunner implements AutoCloseable {
    /** Bytes taken at a time: 1.4 ms of line at 115200 baud, fine enough for the pacing. */
    private static final int CHUNK = 16;
    private static final Duration REOPEN_WAIT = Duration.ofMillis(20);
    private static final Duration STOP_WAIT = Duration.ofSeconds(1);

    private final VirtualReceiptPrinter printer;
    private final EmulatorLine line;
    private final LinePacer incoming;
    private final LinePacer outgoing;
    private final Thread thread;
    private volatile boolean running = true;

    private VirtualPrinterRunner(VirtualReceiptPrinter printer, EmulatorLine line, int baud) {
        this.printer = printer;
        this.line = line;
        this.incoming = new LinePacer(baud);
        this.outgoing = new LinePacer(baud);
        this.thread = new Thread(this::serve, "receipt-emulator");
        thread.setDaemon(true);
    }

    static VirtualPrinterRunner start(VirtualReceiptPrinter printer, EmulatorLine line, int baud) {
        VirtualPrinterRunner runner = new VirtualPrinterRunner(printer, line, baud);
        runner.thread.start();
        return runner;
    }

    private void serve() {
        byte[] buffer = new byte[CHUNK];
        PrinterSide side = null;
        while (running) {
            if (side == null) {
                side = line.printerSide();
                if (side == null) {
                    LockSupport.parkNanos(REOPEN_WAIT.toNanos());
                }
                continue;
            }
            if (!serveOnce(side, buffer)) {
                side.close();
                side = null;
            }
        }
        if (side != null) {
            side.close();
        }
    }

    /** Takes what has come and answers it, each at the line's pace; false when the line is gone. */
    private boolean serveOnce(PrinterSide side, byte[] buffer) {
        int n = side.read(buffer);
        if (n <= 0) {
            return n == 0;
        }
        incoming.carry(n);
        byte[] answers = printer.receive(buffer, n);
        if (answers.length == 0) {
            return true;
        }
        outgoing.carry(answers.length);
        return side.write(answers);
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
