package com.hallkiosk.eligibility;

/** A rule file that cannot be used; the message names the file and the field. */
public final class InvalidRuleFileException extends RuntimeException {
    public InvalidRuleFileException(String file, String field, String problem) {
        super(file + ": " + field + ": " + problem);
    }
}
