package com.hallkiosk.business;

import com.hallkiosk.certificate.content.PaymentState;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** One calendar year of one insurance: the unit that paid, the monthly base, each month's payment state. */
public record ContributionYear(int year, Unit unit, BigDecimal monthlyBase, List<PaymentState> months) {
    public ContributionYear {
        months = List.copyOf(months);
        if (months.size() != 12) {
            throw new IllegalArgumentException(year + " has " + months.size() + " months, not 12");
        }
    }

    public int monthsContributed() {
        return (int) months.stream().filter(PaymentState::contributed).count();
    }

    /** Months contributed between {@code from} and {@code to}, both included. */
    public int monthsContributed(YearMonth from, YearMonth to) {
        int count = 0;
        for (int month = 1; month <= 12; month++) {
            YearMonth current = YearMonth.of(year, month);
            if (!current.isBefore(from) && !current.isAfter(to) && months.get(month - 1).contributed()) {
                count++;
            }
        }
        return count;
    }

    public PaymentState state(int month) {
        return months.get(month - 1);
    }
}
