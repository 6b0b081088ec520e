package com.hallkiosk.business;

import com.hallkiosk.certificate.content.PensionReceipt.PensionStatus;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** The enterprise employees' basic pension a person draws: since when, how much now, paid or suspended, year by year. */
public record Pension(YearMonth firstMonth, YearMonth asOf, BigDecimal monthlyAmount, PensionStatus status,
                      List<Year> years) {
    /** One year: the monthly amount after that year's adjustment and the months paid. */
    public record Year(int year, BigDecimal monthlyAmount, int months) {
        public BigDecimal total() {
            return monthlyAmount.multiply(BigDecimal.valueOf(months));
        }
    }

    public Pension {
        years = List.copyOf(years);
    }
}
