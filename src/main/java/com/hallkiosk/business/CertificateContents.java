package com.hallkiosk.business;

import com.hallkiosk.certificate.content.Holder;
import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.certificate.content.PensionReceipt;
import com.hallkiosk.certificate.content.PersonalContribution;
import com.hallkiosk.certificate.content.RightsRecord;
import com.hallkiosk.certificate.content.UnitContribution;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The four certificates' contents from what the {@link BusinessSystem} answers: the proof that the port
 * gives everything they print, and the one mapping the certificate items use.
 */
public final class CertificateContents {
    private CertificateContents() {
    }

    /** 个人参保证明; the per-year table is the pension insurance's, which covers every contributed year. */
    public static PersonalContribution personalContribution(ContributionHistory history) {
        List<PersonalContribution.InsuranceRecord> insurances = history.insurances().stream()
                .filter(i -> i.firstMonth().isPresent())
                .map(i -> new PersonalContribution.InsuranceRecord(i.insurance(), i.status(), i.firstMonth().get(),
                        i.cumulativeMonths()))
                .toList();
        List<PersonalContribution.ContributionYear> years = history.insurance(Insurance.PENSION)
                .map(InsuranceRecord::years).orElse(List.of()).stream()
                .map(y -> new PersonalContribution.ContributionYear(y.year(), y.monthlyBase(), y.months()))
                .toList();
        return new PersonalContribution(holder(history.person()), insurances, years);
    }

    /** 个人权益记录单 for the months {@code from} to {@code to}; the base shown is that of the period's last year. */
    public static RightsRecord rightsRecord(ContributionHistory history, List<PensionAccountYear> account, YearMonth from,
                                           YearMonth to) {
        List<RightsRecord.PeriodInsurance> insurances = history.insurances().stream()
                .map(i -> new RightsRecord.PeriodInsurance(i.insurance(), i.status(), baseIn(i, to),
                        i.monthsContributed(from, to), i.cumulativeMonths()))
                .toList();
        List<RightsRecord.AccountYear> years = account.stream()
                .filter(a -> a.year() >= from.getYear() && a.year() <= to.getYear())
                .map(a -> new RightsRecord.AccountYear(a.year(), a.monthsContributed(), a.personalContribution(),
                        a.interest(), a.balance()))
                .toList();
        return new RightsRecord(holder(history.person()), from, to, insurances, years);
    }

    public static PensionReceipt pensionReceipt(Person person, Pension pension) {
        return new PensionReceipt(holder(person), pension.firstMonth(), pension.asOf(), pension.monthlyAmount(),
                pension.status(), pension.years().stream()
                        .map(y -> new PensionReceipt.PensionYear(y.year(), y.monthlyAmount(), y.months(), y.total()))
                        .toList());
    }

    /**
     * 单位参保证明 for the months asked, cut to the months actually paid when the unit owes: "单位存在欠费的，
     * 给出提示，只能打印实际缴费时间段。" (004).
     */
    public static UnitContribution unitContribution(UnitRecord record, YearMonth from, YearMonth to) {
        List<UnitContribution.UnitInsurance> insurances = record.insurances().stream()
                .map(i -> new UnitContribution.UnitInsurance(i.insurance(), i.status(), i.headcount(),
                        later(i.paidFrom(), from), earlier(i.paidTo(), to)))
                .filter(i -> !i.paidTo().isBefore(i.paidFrom()))
                .toList();
        YearMonth periodTo = record.inArrears()
                ? insurances.stream().map(UnitContribution.UnitInsurance::paidTo).max(YearMonth::compareTo).orElse(from)
                : to;
        return new UnitContribution(record.unit().name(), record.unit().creditCode(), from,
                periodTo.isBefore(from) ? from : periodTo, record.inArrears(), insurances);
    }

    private static BigDecimal baseIn(InsuranceRecord insurance, YearMonth to) {
        Optional<ContributionYear> last = insurance.years().stream().filter(y -> y.year() <= to.getYear())
                .reduce((a, b) -> b);
        return last.map(ContributionYear::monthlyBase).orElse(BigDecimal.ZERO);
    }

    private static Holder holder(Person person) {
        return new Holder(person.name(), person.idNumber());
    }

    private static YearMonth later(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }

    private static YearMonth earlier(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
