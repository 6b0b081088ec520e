package com.hallkiosk.app;

/** A failure to be told to the person at the terminal in one sentence, with its exit code. */
final class UserError extends RuntimeException {
    private final int exitCode;

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
