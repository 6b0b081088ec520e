package com.hallkiosk.certificate.sample;

import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.content.CertificateContent;
import com.hallkiosk.certificate.content.Holder;
import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.certificate.content.InsuranceStatus;
import com.hallkiosk.certificate.content.PaymentState;
import com.hallkiosk.certificate.content.PensionReceipt;
import com.hallkiosk.certificate.content.PersonalContribution;
import com.hallkiosk.certificate.content.RightsRecord;
import com.hallkiosk.certificate.content.UnitContribution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Believable made-up data for every certificate type, in one place, until the central server serves
 * the demo population. The people and the unit do not exist; their identity numbers and credit code
 * have valid check characters (GB 11643, GB 32100) but are printed masked or belong to no one.
 * Amounts follow plausible Liaoning contribution bases of their years; they are illustrations, not rules.
 */
public final class SampleCertificates {
    /** The month the samples' records run to. */
    public static final YearMonth THROUGH = YearMonth.of(2026, 10);
    private static final BigDecimal PERSONAL_PENSION_RATE = new BigDecimal("0.08");
    /** A made-up yearly interest on the personal account, for the sample only. */
    private static final BigDecimal SAMPLE_INTEREST_RATE = new BigDecimal("0.03");

    private SampleCertificates() {
    }

    /** The sample of {@code type}; {@code name}, when given, replaces the holder's or the unit's name. */
    public static CertificateContent of(CertificateType type, String name) {
        return switch (type) {
            case PERSONAL_CONTRIBUTION -> personalContribution(new Holder(orDefault(name, "张堃"), "210302197905140236"),
                    YearMonth.of(2008, 3));
            case RIGHTS_RECORD -> rightsRecord(new Holder(orDefault(name, "李秀兰"), "210302198509263642"));
            case PENSION_RECEIPT -> pensionReceipt(new Holder(orDefault(name, "王喆"), "21030319610218152X"));
            case UNIT -> new UnitContribution(orDefault(name, "鞍山恒信示例商贸有限公司"), "91210302MA0Y8K3P4E",
                    YearMonth.of(2024, 1), THROUGH, false, List.of(
                            new UnitContribution.UnitInsurance(Insurance.PENSION, InsuranceStatus.CONTRIBUTING, 48,
                                    YearMonth.of(2024, 1), THROUGH),
                            new UnitContribution.UnitInsurance(Insurance.UNEMPLOYMENT, InsuranceStatus.CONTRIBUTING, 48,
                                    YearMonth.of(2024, 1), THROUGH),
                            new UnitContribution.UnitInsurance(Insurance.WORK_INJURY, InsuranceStatus.CONTRIBUTING, 51,
                                    YearMonth.of(2024, 1), THROUGH),
                            new UnitContribution.UnitInsurance(Insurance.MEDICAL, InsuranceStatus.CONTRIBUTING, 48,
                                    YearMonth.of(2024, 1), THROUGH),
                            new UnitContribution.UnitInsurance(Insurance.MATERNITY, InsuranceStatus.CONTRIBUTING, 48,
                                    YearMonth.of(2024, 1), THROUGH)));
        };
    }

    /**
     * A contribution record from {@code first} to {@link #THROUGH}: every month paid but a three-month gap
     * between jobs in 2014 and two months paid back in 2019; the base rising each year. A first month
     * decades back gives a record long enough to run over several pages.
     */
    public static PersonalContribution personalContribution(Holder holder, YearMonth first) {
        List<PersonalContribution.ContributionYear> years = new ArrayList<>();
        int contributed = 0;
        for (int year = first.getYear(); year <= THROUGH.getYear(); year++) {
            PaymentState[] months = new PaymentState[12];
            for (int month = 1; month <= 12; month++) {
                YearMonth at = YearMonth.of(year, month);
                months[month - 1] = at.isBefore(first) || at.isAfter(THROUGH) ? PaymentState.NONE
                        : year == 2014 && month >= 5 && month <= 7 ? PaymentState.NONE
                        : year == 2019 && (month == 2 || month == 3) ? PaymentState.BACK_PAID
                        : PaymentState.PAID;
            }
            PersonalContribution.ContributionYear row = new PersonalContribution.ContributionYear(year, monthlyBase(year),
                    Arrays.asList(months));
            contributed += (int) row.months().stream().filter(PaymentState::contributed).count();
            years.add(row);
        }
        List<PersonalContribution.InsuranceRecord> insurances = new ArrayList<>();
        for (Insurance insurance : Insurance.values()) {
            insurances.add(new PersonalContribution.InsuranceRecord(insurance, InsuranceStatus.CONTRIBUTING, first, contributed));
        }
        return new PersonalContribution(holder, insurances, years);
    }

    private static RightsRecord rightsRecord(Holder holder) {
        YearMonth from = YearMonth.of(2025, 1);
        YearMonth to = YearMonth.of(2025, 12);
        BigDecimal base = monthlyBase(2025);
        List<RightsRecord.PeriodInsurance> insurances = new ArrayList<>();
        for (Insurance insurance : Insurance.values()) {
            insurances.add(new RightsRecord.PeriodInsurance(insurance, InsuranceStatus.CONTRIBUTING, base, 12, 151));
        }
        List<RightsRecord.AccountYear> account = new ArrayList<>();
        BigDecimal balance = BigDecimal.ZERO;
        for (int year = 2013; year <= to.getYear(); year++) {
            int months = year == 2013 ? 7 : 12;
            BigDecimal paid = monthlyBase(year).multiply(PERSONAL_PENSION_RATE).multiply(BigDecimal.valueOf(months))
                    .setScale(2, RoundingMode.HALF_UP);
            BigDecimal interest = balance.multiply(SAMPLE_INTEREST_RATE).setScale(2, RoundingMode.HALF_UP);
            balance = balance.add(paid).add(interest);
            account.add(new RightsRecord.AccountYear(year, months, paid, interest, balance));
        }
        return new RightsRecord(holder, from, to, insurances, account);
    }

    private static PensionReceipt pensionReceipt(Holder holder) {
        YearMonth first = YearMonth.of(2021, 3);
        List<PensionReceipt.PensionYear> years = new ArrayList<>();
        BigDecimal monthly = new BigDecimal("2886.50");
        for (int year = first.getYear(); year <= THROUGH.getYear(); year++) {
            int months = year == first.getYear() ? 12 - first.getMonthValue() + 1 : year == THROUGH.getYear() ? THROUGH.getMonthValue() : 12;
            years.add(new PensionReceipt.PensionYear(year, monthly, months, monthly.multiply(BigDecimal.valueOf(months))));
            monthly = monthly.multiply(new BigDecimal("1.028")).setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal current = years.get(years.size() - 1).monthlyAmount();
        return new PensionReceipt(holder, first, THROUGH, current, PensionReceipt.PensionStatus.PAID, years);
    }

    /** A plausible monthly contribution base for {@code year}: about 1,800 yuan in 2008, rising ~6% a year. */
    private static BigDecimal monthlyBase(int year) {
        double base = 1800 * Math.pow(1.06, year - 2008);
        return BigDecimal.valueOf(Math.round(base / 10) * 10L).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String orDefault(String name, String sample) {
        return name == null || name.isBlank() ? sample : name;
    }
}
