package com.hallkiosk.certificate.content;

import com.hallkiosk.certificate.CertificateType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 社会保险个人权益记录单: for a record period, each insurance with its status, monthly base, months
 * contributed in the period and in all, and the pension insurance's personal account year by year.
 */
public record RightsRecord(Holder holder, YearMonth periodFrom, YearMonth periodTo, List<PeriodInsurance> insurances,
                           List<AccountYear> pensionAccount) implements CertificateContent {
    static final ValueSchema SCHEMA = new ValueSchema(fields(),
            Map.of("insurances", Set.of("insurance", "status", "monthlyBase", "monthsInPeriod", "cumulativeMonths"),
                    "account", Set.of("year", "monthsContributed", "personalContribution", "interest", "balance")),
            Set.of());

    /** One insurance within the record period. */
    public record PeriodInsurance(Insurance insurance, InsuranceStatus status, BigDecimal monthlyBase, int monthsInPeriod,
                                  int cumulativeMonths) {
    }

    /** One year of the pension insurance's personal account (个人账户): what went in, its interest, the balance. */
    public record AccountYear(int year, int monthsContributed, BigDecimal personalContribution, BigDecimal interest,
                              BigDecimal balance) {
    }

    public RightsRecord {
        insurances = List.copyOf(insurances);
        pensionAccount = List.copyOf(pensionAccount);
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("the record period ends before it starts");
        }
    }

    @Override
    public CertificateType type() {
        return CertificateType.RIGHTS_RECORD;
    }

    @Override
    public TemplateValues values() {
        TemplateValues.Builder values = TemplateValues.builder(SCHEMA);
        holder.addTo(values);
        values.field("period", Formats.months(periodFrom, periodTo));
        values.table("insurances", insurances.stream().map(i -> Map.of(
                "insurance", i.insurance().chinese(),
                "status", i.status().chinese(),
                "monthlyBase", Formats.yuan(i.monthlyBase()),
                "monthsInPeriod", Integer.toString(i.monthsInPeriod()),
                "cumulativeMonths", Integer.toString(i.cumulativeMonths()))).toList());
        values.table("account", pensionAccount.stream().map(a -> Map.of(
                "year", Integer.toString(a.year()),
                "monthsContributed", Integer.toString(a.monthsContributed()),
                "personalContribution", Formats.yuan(a.personalContribution()),
                "interest", Formats.yuan(a.interest()),
                "balance", Formats.yuan(a.balance()))).toList());
        return values.build();
    }

    private static Set<String> fields() {
        Set<String> fields = new HashSet<>(Holder.FIELDS);
        fields.add("period");
        return fields;
    }
}
