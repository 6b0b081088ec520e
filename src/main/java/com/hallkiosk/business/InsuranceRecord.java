package com.hallkiosk.business;

import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.certificate.content.InsuranceStatus;
import com.hallkiosk.certificate.content.PaymentState;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** One insurance of one person: where it stands now and its years, oldest first. */
public record InsuranceRecord(Insurance insurance, InsuranceStatus status, List<ContributionYear> years) {
    public InsuranceRecord {
        years = List.copyOf(years);
    }

    /** The first month with a payment (on time, back-paid or owed); empty when there is none. */
    public Optional<YearMonth> firstMonth() {
        for (ContributionYear year : years) {
            for (int month = 1; month <= 12; month++) {
                if (year.state(month) != PaymentState.NONE) {
                    return Optional.of(YearMonth.of(year.year(), month));
                }
            }
        }
        return Optional.empty();
    }

    /** Months contributed in all (累计缴费月数). */
    public int cumulativeMonths() {
        return years.stream().mapToInt(ContributionYear::monthsContributed).sum();
    }

    public int monthsContributed(YearMonth from, YearMonth to) {
        return years.stream().mapToInt(y -> y.monthsContributed(from, to)).sum();
    }

    /**
     * Contributed months in an unbroken run ending at the last contributed month (连续缴费月数), for the
     * rules that ask for continuous contributions.
     */
    public int continuousMonthsAtEnd() {
        int run = 0;
        boolean started = false;
        for (int y = years.size() - 1; y >= 0; y--) {
            for (int month = 12; month >= 1; month--) {
                boolean contributed = years.get(y).state(month).contributed();
                if (contributed) {
                    started = true;
                    run++;
                } else if (started) {
                    return run;
                }
            }
        }
        return run;
    }
}
