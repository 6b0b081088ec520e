package com.hallkiosk.eligibility;

/** A condition's verdict and, in words, what it saw ("累计缴费 11 个月"); the detail may be empty. */
public record Answer(Verdict verdict, String detail) {
    static Answer of(boolean passed, String detail) {
        return new Answer(passed ? Verdict.PASSED : Verdict.FAILED, detail);
    }

    static Answer deferred(String detail) {
        return new Answer(Verdict.DEFERRED, detail);
    }
}
