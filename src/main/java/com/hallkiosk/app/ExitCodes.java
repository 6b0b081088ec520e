package com.hallkiosk.app;

/** The exit codes of every command, so that scripts can tell failures apart. */
final class ExitCodes {
    static final int OK = 0;
    /** The data the command read is invalid or unreadable (catalog files, configuration, database). */
    static final int BAD_DATA = 1;
    /** The command line is wrong: unknown option or region, empty query. */
    static final int BAD_INPUT = 2;
    /** The command exists in the plan but is not built yet. */
    static final int NOT_BUILT = 3;
    /** A device is missing or broken, or has no card: the message says what to check. */
    static final int DEVICE = 4;

    private ExitCodes() {
    }
}
