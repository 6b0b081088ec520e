package com.hallkiosk.certificate.content;

import com.hallkiosk.certificate.CertificateType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 个人参保证明: the holder, each insurance with its status, first month and cumulative months, and a
 * per-year table of the monthly contribution base and each month's payment state.
 */
public record PersonalContribution(Holder holder, List<InsuranceRecord> insurances, List<ContributionYear> years)
        implements CertificateContent {
    static final ValueSchema SCHEMA = new ValueSchema(Holder.FIELDS,
            Map.of("insurances", Set.of("insurance", "status", "firstMonth", "cumulativeMonths"),
                    "years", yearColumns()),
            Set.of());

    /** One insurance: its status, the first month insured and the months contributed in all. */
    public record InsuranceRecord(Insurance insurance, InsuranceStatus status, YearMonth firstMonth, int cumulativeMonths) {
    }

    /** One calendar year: the monthly contribution base and the state of each of its twelve months. */
    public record ContributionYear(int year, BigDecimal monthlyBase, List<PaymentState> months) {
        public ContributionYear {
            months = List.copyOf(months);
            if (months.size() != 12) {
                throw new IllegalArgumentException(year + " has " + months.size() + " months, not 12");
            }
        }

        int monthsContributed() {
            return (int) months.stream().filter(PaymentState::contributed).count();
        }
    }

    public PersonalContribution {
        insurances = List.copyOf(insurances);
        years = List.copyOf(years);
    }

    @Override
    public CertificateType type() {
        return CertificateType.PERSONAL_CONTRIBUTION;
    }

    @Override
    public TemplateValues values() {
        TemplateValues.Builder values = TemplateValues.builder(SCHEMA);
        holder.addTo(values);
        values.table("insurances", insurances.stream().map(i -> Map.of(
                "insurance", i.insurance().chinese(),
                "status", i.status().chinese(),
                "firstMonth", Formats.month(i.firstMonth()),
                "cumulativeMonths", Integer.toString(i.cumulativeMonths()))).toList());
        values.table("years", years.stream().map(PersonalContribution::yearRow).toList());
        return values.build();
    }

    private static Map<String, String> yearRow(ContributionYear year) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("year", Integer.toString(year.year()));
        row.put("monthlyBase", Formats.yuan(year.monthlyBase()));
        for (int month = 1; month <= 12; month++) {
            row.put("m" + month, year.months().get(month - 1).mark());
        }
        row.put("monthsContributed", Integer.toString(year.monthsContributed()));
        return row;
    }

    private static Set<String> yearColumns() {
        Set<String> columns = new HashSet<>(Set.of("year", "monthlyBase", "monthsContributed"));
        for (int month = 1; month <= 12; month++) {
            columns.add("m" + month);
        }
        return columns;
    }
}
