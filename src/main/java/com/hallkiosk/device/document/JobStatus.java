package com.hallkiosk.device.document;

import java.util.List;

/**
 * A CUPS job as IPP describes it (RFC 8011 §5.3.7 job-state): its state, the reasons CUPS gives, and the
 * last message of the printer while it printed the job.
 */
record JobStatus(int id, State state, List<String> reasons, String printerMessage) {
    JobStatus {
        reasons = List.copyOf(reasons);
    }

    enum State {
        PENDING(3), HELD(4), PROCESSING(5), STOPPED(6), CANCELED(7), ABORTED(8), COMPLETED(9), UNKNOWN(0);

        private final int code;

        State(int code) {
            this.code = code;
        }

        static State of(int code) {
            for (State state : values()) {
                if (state.code == code) {
                    return state;
                }
            }
            return UNKNOWN;
        }

        /** CUPS is done with the job: it will not print any more of it. */
        boolean finished() {
            return this == CANCELED || this == ABORTED || this == COMPLETED;
        }
    }

    /** The reasons and the printer's message, for a technician, e.g. "aborted-by-system; Printer not connected". */
    String explanation() {
        String why = String.join(", ", reasons.stream().filter(reason -> !reason.equals("none")).toList());
        if (printerMessage.isBlank()) {
            return why;
        }
        return why.isEmpty() ? printerMessage : why + "; " + printerMessage;
    }
}
