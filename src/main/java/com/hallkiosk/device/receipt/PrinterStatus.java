package com.hallkiosk.device.receipt;

import static com.hallkiosk.device.receipt.EscPos.DLE;
import static com.hallkiosk.device.receipt.EscPos.EOT;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import java.util.ArrayList;
import java.util.List;

/**
 * What a printer says of itself through DLE EOT 1 to 4 (protocols §4.3), decoded in this one place:
 * each reply is one byte of the fixed pattern 0xx1xx10; n=1 bit 3 offline; n=2 bit 2 cover open,
 * bit 5 stopped at paper end, bit 6 error; n=3 bit 2 recoverable error, bit 3 cutter error, bit 5
 * unrecoverable error, bit 6 auto-recoverable error; n=4 bits 2+3 paper near end, bits 5+6 paper end.
 * An out-of-paper printer answers 1A, 32 and 7E to n = 1, 2 and 4; paper present is 12 to n = 4.
 */
public record PrinterStatus(boolean offline, boolean coverOpen, boolean paperOut, boolean paperNearEnd,
                            boolean cutterError, boolean unrecoverableError, boolean otherError) {
    public static final PrinterStatus READY = new PrinterStatus(false, false, false, false, false, false, false);
    public static final int REPLIES = 4;
    private static final byte[] QUERY = {DLE, EOT, 1, DLE, EOT, 2, DLE, EOT, 3, DLE, EOT, 4};

    private static final int FIXED_MASK = 0x93;
    private static final int FIXED_BITS = 0x12;
    private static final int OFFLINE = 0x08;
    private static final int COVER_OPEN = 0x04;
    private static final int STOPPED_AT_PAPER_END = 0x20;
    private static final int ERROR = 0x40;
    private static final int RECOVERABLE_ERROR = 0x04;
    private static final int CUTTER_ERROR = 0x08;
    private static final int UNRECOVERABLE_ERROR = 0x20;
    private static final int AUTO_RECOVERABLE_ERROR = 0x40;
    private static final int PAPER_NEAR_END = 0x0C;
    private static final int PAPER_END = 0x60;

    /** What keeps a printer from printing, worst first, in words for the person and the technician. */
    public enum Problem {
        COVER_OPEN("打印机盖未合上", "the printer's cover is open", "close the printer's cover"),
        PAPER_OUT("打印机缺纸", "the printer is out of paper", "load a new paper roll"),
        CUTTER_ERROR("打印机切刀故障", "the printer's cutter is jammed", "open the cover, clear the cutter, close it"),
        UNRECOVERABLE_ERROR("打印机故障", "the printer has a fault it cannot recover from",
                "switch the printer off and on; call for service if it stays"),
        ERROR("打印机出错", "the printer reports an error", "look at the printer's error light; switch it off and on"),
        OFFLINE("打印机脱机", "the printer is offline", "look at the printer's panel: paper, cover, online light");

        private final String chinese;
        private final String english;
        private final String fix;

        Problem(String chinese, String english, String fix) {
            this.chinese = chinese;
            this.english = english;
            this.fix = fix;
        }

        /** E.g. {@code 打印机缺纸 the printer is out of paper}. */
        public String describe() {
            return chinese + " " + english;
        }

        public String fix() {
            return fix;
        }
    }

    /** The four questions, asked at once; the printer answers them in order, one byte each. */
    public static byte[] query() {
        return QUERY.clone();
    }

    /** Whether {@code reply} has the fixed bits every DLE EOT answer has; other bytes answer something else. */
    public static boolean isReply(int reply) {
        return (reply & FIXED_MASK) == FIXED_BITS;
    }

    /**
     * The status from the four replies to {@link #query()}.
     *
     * @throws DeviceException.Protocol when a reply lacks the fixed bits
     */
    public static PrinterStatus decode(byte[] replies) {
        if (replies.length != REPLIES) {
            throw new IllegalArgumentException(REPLIES + " replies, not " + replies.length);
        }
        for (int i = 0; i < REPLIES; i++) {
            if (!isReply(replies[i])) {
                throw new DeviceException.Protocol(String.format("receipt: the answer to DLE EOT %d is %02X,"
                        + " not a status byte", i + 1, replies[i] & 0xFF), "check the printer's baud rate and cable");
            }
        }
        int printer = replies[0];
        int offlineCause = replies[1];
        int errorCause = replies[2];
        int paper = replies[3];
        boolean cutter = (errorCause & CUTTER_ERROR) != 0;
        boolean unrecoverable = (errorCause & UNRECOVERABLE_ERROR) != 0;
        boolean other = (errorCause & (RECOVERABLE_ERROR | AUTO_RECOVERABLE_ERROR)) != 0
                || ((offlineCause & ERROR) != 0 && !cutter && !unrecoverable);
        return new PrinterStatus((printer & OFFLINE) != 0, (offlineCause & COVER_OPEN) != 0,
                (offlineCause & STOPPED_AT_PAPER_END) != 0 || (paper & PAPER_END) != 0,
                (paper & PAPER_NEAR_END) != 0, cutter, unrecoverable, other);
    }

    /** The four replies a printer in this state gives, for the emulator. */
    public byte[] encode() {
        boolean anyError = cutterError || unrecoverableError || otherError;
        return new byte[] {
            (byte) (FIXED_BITS | (offline || coverOpen || paperOut || anyError ? OFFLINE : 0)),
            (byte) (FIXED_BITS | (coverOpen ? COVER_OPEN : 0) | (paperOut ? STOPPED_AT_PAPER_END : 0) | (anyError ? ERROR : 0)),
            (byte) (FIXED_BITS | (cutterError ? CUTTER_ERROR : 0) | (unrecoverableError ? UNRECOVERABLE_ERROR : 0)
                    | (otherError ? RECOVERABLE_ERROR : 0)),
            (byte) (FIXED_BITS | (paperOut || paperNearEnd ? PAPER_NEAR_END : 0) | (paperOut ? PAPER_END : 0)),
        };
    }

    /** What keeps the printer from printing, worst first; empty when it can print. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (coverOpen) {
            problems.add(Problem.COVER_OPEN);
        }
        if (paperOut) {
            problems.add(Problem.PAPER_OUT);
        }
        if (cutterError) {
            problems.add(Problem.CUTTER_ERROR);
        }
        if (unrecoverableError) {
            problems.add(Problem.UNRECOVERABLE_ERROR);
        }
        if (otherError) {
            problems.add(Problem.ERROR);
        }
        if (offline && problems.isEmpty()) {
            problems.add(Problem.OFFLINE);
        }
        return problems;
    }

    public boolean canPrint() {
        return problems().isEmpty();
    }

    /** Paper near end is a warning, anything that stops printing makes the printer not ready. */
    public DeviceHealth.State healthState() {
        if (!canPrint()) {
            return DeviceHealth.State.NOT_READY;
        }
        return paperNearEnd ? DeviceHealth.State.WARNING : DeviceHealth.State.READY;
    }

    /** The health's reason: the problems, or the paper warning, or ready. */
    public String describe() {
        if (!canPrint()) {
            return String.join("; ", problems().stream().map(Problem::describe).toList());
        }
        return paperNearEnd ? "打印纸将用完 the paper roll is nearly used up: change it soon" : "ready";
    }
}
