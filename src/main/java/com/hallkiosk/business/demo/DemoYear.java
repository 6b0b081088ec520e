package com.hallkiosk.business.demo;

import com.hallkiosk.certificate.content.PaymentState;

/**
 * One calendar year of contributions: the unit, the monthly base in fen, and twelve characters, one per
 * month: P paid, B back-paid, A in arrears, - none ({@link MonthCodes}).
 */
public record DemoYear(int year, int unitIndex, long monthlyBaseFen, String months) {
    /** The months that count as contributed, as the central counts them ({@link PaymentState#contributed()}). */
    public int monthsContributed() {
        return (int) MonthCodes.states(months).stream().filter(PaymentState::contributed).count();
    }
}
