package com.hallkiosk.device.receipt;

import java.util.List;

/**
 * How a print job ended: printed, or not and why, in words a person can act on, ending with the offer
 * to print again. {@code partlyPrinted} says that some of the receipt may have come out (the printer
 * stopped in the middle); {@code fallbacks} lists the characters the printer's font lacked and what
 * was printed instead.
 */
public record PrintOutcome(boolean printed, String problem, boolean partlyPrinted, List<CharacterFallback> fallbacks) {
    public static final PrintOutcome DONE = new PrintOutcome(true, null, false, List.of());

    public PrintOutcome {
        fallbacks = List.copyOf(fallbacks);
        if (printed == (problem != null)) {
            throw new IllegalArgumentException("a printed job has no problem, and a failed one has one");
        }
    }

    /** Nothing came out of the printer. */
    public static PrintOutcome failed(String problem) {
        return new PrintOutcome(false, problem, false, List.of());
    }

    public static PrintOutcome printed(List<CharacterFallback> fallbacks) {
        return new PrintOutcome(true, null, false, fallbacks);
    }

    /** The printer took the job and stopped or went wrong on the way: the receipt may be incomplete. */
    public static PrintOutcome incomplete(String problem, List<CharacterFallback> fallbacks) {
        return new PrintOutcome(false, problem, true, fallbacks);
    }
}
