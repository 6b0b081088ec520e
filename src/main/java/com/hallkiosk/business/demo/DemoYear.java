package com.hallkiosk.business.demo;

/**
 * One calendar year of contributions: the unit, the monthly base in fen, and twelve characters, one per
 * month: P paid, B back-paid, A in arrears, - none.
 */
public record DemoYear(int year, int unitIndex, long monthlyBaseFen, String months) {
}
