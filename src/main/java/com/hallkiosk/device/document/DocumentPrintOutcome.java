package com.hallkiosk.device.document;

/**
 * How an A4 job ended. {@code printed} is true only when CUPS reported the job completed (see
 * {@link DocumentPrinter#print}); otherwise {@code problem} says why in words a technician can act on,
 * {@code whatToCheck} what to look at (or null), and {@code reprintOffered} whether trying again can
 * help (not for a document that is not a readable A4 PDF). {@code jobId} is CUPS's job number, 0 when
 * no job was made.
 */
public record DocumentPrintOutcome(boolean printed, int jobId, int pages, String problem, String whatToCheck,
                                   boolean reprintOffered) {
    static DocumentPrintOutcome printed(int jobId, int pages) {
        return new DocumentPrintOutcome(true, jobId, pages, null, null, false);
    }

    static DocumentPrintOutcome notPrinted(int jobId, String problem, String whatToCheck) {
        return new DocumentPrintOutcome(false, jobId, 0, problem, whatToCheck, true);
    }

    static DocumentPrintOutcome refused(String problem) {
        return new DocumentPrintOutcome(false, 0, 0, problem, "the program that made the document", false);
    }
}
