package com.hallkiosk.certificate.content;

/**
 * One month of a contribution record, with the mark the per-year table shows for it; the legend under
 * the table is in the template. The states are the seeds' (欠费 and 补缴 in 001 and 004); the marks are
 * our design.
 */
public enum PaymentState {
    PAID("√"),
    BACK_PAID("补"),
    IN_ARREARS("欠"),
    NONE("—");

    private final String mark;

    PaymentState(String mark) {
        this.mark = mark;
    }

    public String mark() {
        return mark;
    }

    /** Whether the month counts as contributed (paid on time or paid back). */
    public boolean contributed() {
        return this == PAID || this == BACK_PAID;
    }
}
