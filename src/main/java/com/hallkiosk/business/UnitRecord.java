package com.hallkiosk.business;

import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.certificate.content.InsuranceStatus;
import java.time.YearMonth;
import java.util.List;

/**
 * What the 单位参保证明 needs of a unit: whether it owes contributions (then only the period actually paid may
 * be printed, 004) and per insurance its status, headcount and the months it paid.
 */
public record UnitRecord(Unit unit, boolean inArrears, YearMonth asOf, List<UnitInsurance> insurances) {
    /** One insurance of the unit; {@code paidFrom}..{@code paidTo} are the first and last month it paid for anyone. */
    public record UnitInsurance(Insurance insurance, InsuranceStatus status, int headcount,
                            YearMonth paidFrom, YearMonth paidTo) {
    }

    public UnitRecord {
        insurances = List.copyOf(insurances);
    }
}
