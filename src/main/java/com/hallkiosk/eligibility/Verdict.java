package com.hallkiosk.eligibility;

/** How one rule came out for one person on one day. */
public enum Verdict {
    PASSED,
    FAILED,
    /**
     * The central holds no data to decide it (e.g. whether the person now receives 失业保险金), or a later step
     * decides it (the face comparison): the terminal says so rather than guessing.
     */
    DEFERRED,
    /** The rule's {@code when} does not hold (e.g. a threshold for certificates of another year). */
    NOT_APPLICABLE
}
