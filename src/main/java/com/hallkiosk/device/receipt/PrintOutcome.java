package com.hallkiosk.device.receipt;

/** How a print job ended: printed, or not, and why, in words a person can act on. */
public record PrintOutcome(boolean printed, String problem) {
    public static final PrintOutcome DONE = new PrintOutcome(true, null);

    public static PrintOutcome failed(String problem) {
        return new PrintOutcome(false, problem);
    }
}
