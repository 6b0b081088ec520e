package com.hallkiosk.device.document;

import com.hallkiosk.device.DeviceHealth;
import java.util.List;

/**
 * What CUPS says about a print queue (RFC 8011 §5.4.11–13 printer-state, -state-reasons, -is-accepting-jobs),
 * and what that means for the kiosk: a queue prints when it is enabled and accepting jobs, and the
 * printer behind it reports no error.
 */
record QueueStatus(String queue, State state, boolean accepting, List<String> reasons, String message) {
    /**
     * The JDK spools a job for a queue named "lp" without naming the queue (lpr with no -P), so it would
     * go to the default destination, whichever that is.
     */
    private static final String UNNAMED_BY_THE_JDK = "lp";

    QueueStatus {
        reasons = List.copyOf(reasons);
    }

    enum State {
        IDLE, PROCESSING, STOPPED;

        static State of(int code) {
            return switch (code) {
                case 3 -> IDLE;
                case 4 -> PROCESSING;
                default -> STOPPED;
            };
        }
    }

    /**
     * Stopped or rejecting queues cannot print; printer-state-reasons ending in -error (media-empty-error)
     * or saying the printer is offline stop jobs too; -warning reasons (toner-low-warning) still print.
     */
    QueueVerdict verdict() {
        if (queue.equals(UNNAMED_BY_THE_JDK)) {
            return new QueueVerdict(DeviceHealth.State.NOT_READY, "queue lp cannot be chosen: Java would send its"
                    + " jobs to the default destination", "rename the queue (lpadmin) and set document.queue to the new name");
        }
        String said = message.isBlank() ? "" : " (CUPS says: " + message + ")";
        if (state == State.STOPPED) {
            return new QueueVerdict(DeviceHealth.State.NOT_READY, "queue " + queue + " stopped" + said,
                    "start it with cupsenable " + queue + "; CUPS stops a queue after a printer error, so"
                            + " look at the printer and `lpstat -l -p " + queue + "` first");
        }
        if (!accepting) {
            return new QueueVerdict(DeviceHealth.State.NOT_READY, "queue " + queue + " rejects jobs" + said,
                    "let it take jobs again with cupsaccept " + queue);
        }
        List<String> errors = reasons.stream()
                .filter(reason -> reason.endsWith("-error") || reason.startsWith("offline")).toList();
        if (!errors.isEmpty()) {
            return new QueueVerdict(DeviceHealth.State.NOT_READY, "printer on " + queue + " reports "
                    + String.join(", ", errors) + said,
                    "the printer: power, cable, paper, toner, covers; `lpstat -l -p " + queue + "` shows what CUPS sees");
        }
        List<String> warnings = reasons.stream().filter(reason -> reason.endsWith("-warning")).toList();
        if (!warnings.isEmpty()) {
            return new QueueVerdict(DeviceHealth.State.WARNING, "printer on " + queue + " warns "
                    + String.join(", ", warnings) + said, "the printer's supplies, before they run out");
        }
        return new QueueVerdict(DeviceHealth.State.READY, "queue " + queue
                + (state == State.PROCESSING ? " printing" : " idle"), null);
    }
}
