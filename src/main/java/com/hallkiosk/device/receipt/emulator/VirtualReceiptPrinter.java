package com.hallkiosk.device.receipt.emulator;

import static com.hallkiosk.device.receipt.EscPos.DLE;
import static com.hallkiosk.device.receipt.EscPos.EOT;

import com.hallkiosk.device.receipt.PrinterModel;
import com.hallkiosk.device.receipt.PrinterStatus;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A receipt printer in software, fed the bytes of its serial line: it answers DLE EOT 1–4 where they
 * arrive, from a state the test or the demo scripts (offline, cover open, paper near end or out, the
 * paper running out after so many dots, a jammed cutter, switched off), and prints everything else
 * with {@link EscPosInterpreter} onto {@link ThermalPaper}. Each piece of paper that comes out is kept
 * (the last {@value #TRAY} of them) and told to the listeners.
 *
 * <p>While it cannot print, it drops what it is sent but still answers DLE EOT; real printers keep a
 * job in their buffer and may print the rest once the problem is fixed (UNVERIFIED which do), which
 * this emulator does not.
 */
public final class VirtualReceiptPrinter {
    /** The pieces of paper kept for {@link #printed()}. */
    static final int TRAY = 16;
    private static final byte[] NONE = {};

    private final PrinterModel model;
    private final ThermalPaper paper;
    private final EscPosInterpreter interpreter;
    private final Deque<PrintedReceipt> tray = new ArrayDeque<>();
    private final List<Consumer<PrintedReceipt>> listeners = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream answers = new ByteArrayOutputStream();
    private boolean switchedOn = true;
    private boolean offline;
    private boolean coverOpen;
    private boolean paperNearEnd;
    private boolean stopped;
    private int previous;
    private int beforePrevious;
    private long received;

    /** {@code font} draws the printer's characters when a picture of the paper is asked for. */
    public VirtualReceiptPrinter(PrinterModel model, Supplier<Font> font) {
        this.model = model;
        this.paper = new ThermalPaper(model, font, this::handedOut);
        this.interpreter = new EscPosInterpreter(model, paper);
    }

    public PrinterModel model() {
        return model;
    }

    /**
     * Takes bytes as they arrive on the line and returns what the printer answers to them, in order.
     */
    public synchronized byte[] receive(byte[] bytes, int length) {
        if (!switchedOn) {
            return NONE;
        }
        answers.reset();
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            received++;
            // DLE EOT n is real-time: answered on arrival, whatever the printer is busy with.
            if (beforePrevious == DLE && previous == EOT && b >= 1 && b <= PrinterStatus.REPLIES) {
                answers.write(status().encode()[b - 1]);
            }
            beforePrevious = previous;
            previous = b;
            if (canPrint()) {
                interpreter.accept(b, answers);
            }
        }
        return answers.toByteArray();
    }

    /** The state as DLE EOT reports it. */
    public synchronized PrinterStatus status() {
        boolean paperOut = paper.ranOut();
        return new PrinterStatus(offline, coverOpen, paperOut, paperNearEnd || paperOut, paper.cutterFailed(), false,
                false);
    }

    private boolean canPrint() {
        boolean can = switchedOn && status().canPrint();
        if (!can) {
            stopped = true;
        } else if (stopped) {
            // Starting again after a stop: nothing half read from before it.
            stopped = false;
            interpreter.reset();
        }
        return can;
    }

    public synchronized void goOffline() {
        offline = true;
    }

    public synchronized void goOnline() {
        offline = false;
    }

    public synchronized void openCover() {
        coverOpen = true;
    }

    public synchronized void closeCover() {
        coverOpen = false;
    }

    public synchronized void paperNearEnd() {
        paperNearEnd = true;
    }

    public synchronized void runOutOfPaper() {
        paper.load(0);
    }

    /** The roll ends after {@code dots} more dots of paper, in the middle of whatever is printing then. */
    public synchronized void runOutOfPaperAfter(int dots) {
        paper.load(dots);
    }

    /** A new roll: no longer near its end nor out. */
    public synchronized void loadPaper() {
        paperNearEnd = false;
        paper.load(Long.MAX_VALUE);
    }

    /** The next cut fails, and the printer stops with a cutter error until {@link #clearCutter()}. */
    public synchronized void jamCutter() {
        paper.jamCutter(true);
    }

    public synchronized void clearCutter() {
        paper.jamCutter(false);
    }

    /** A printer switched off at its button: the line stays, nothing answers. */
    public synchronized void switchOff() {
        switchedOn = false;
    }

    public synchronized void switchOn() {
        switchedOn = true;
    }

    /** The pieces of paper that came out, oldest first (the last {@value #TRAY}). */
    public synchronized List<PrintedReceipt> printed() {
        return List.copyOf(tray);
    }

    /** Called, on the thread that fed the bytes, with each piece of paper that comes out. */
    public void onPrinted(Consumer<PrintedReceipt> listener) {
        listeners.add(listener);
    }

    /** Commands the printer did not know: a driver that sends one has a bug. */
    public synchronized int unknownCommands() {
        return interpreter.unknownCommands();
    }

    /** Character codes the printer's font does not have: a driver that sends one has a bug. */
    public synchronized int unprintableCharacters() {
        return interpreter.unprintable();
    }

    public synchronized long bytesReceived() {
        return received;
    }

    private void handedOut(PrintedReceipt piece) {
        tray.addLast(piece);
        if (tray.size() > TRAY) {
            tray.removeFirst();
        }
        listeners.forEach(listener -> listener.accept(piece));
    }
}
