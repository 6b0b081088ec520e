package com.hallkiosk.certificate.content;

import com.hallkiosk.certificate.CertificateType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 职工养老待遇领取证明, for "已领取养老金的个人" (004): since when the holder draws the enterprise employees'
 * basic pension, the current monthly amount, whether it is paid or suspended, and the payments year by year.
 */
public record PensionReceipt(Holder holder, YearMonth firstMonth, YearMonth asOf, BigDecimal monthlyAmount,
                             PensionStatus status, List<PensionYear> years) implements CertificateContent {
    static final ValueSchema SCHEMA = new ValueSchema(fields(),
            Map.of("years", Set.of("year", "monthlyAmount", "months", "total")),
            Set.of());

    /**
     * Whether the pension is being paid; the seeds name the suspension: "因违规退休、服刑、重复领取养老保险待遇
     * 暂停发放养老金人员" (001).
     */
    public enum PensionStatus {
        PAID("正常发放"),
        SUSPENDED("暂停发放");

        private final String chinese;

        PensionStatus(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** One year's payments: the monthly amount (after that year's adjustment), the months paid and their sum. */
    public record PensionYear(int year, BigDecimal monthlyAmount, int months, BigDecimal total) {
    }

    public PensionReceipt {
        years = List.copyOf(years);
    }

    @Override
    public CertificateType type() {
        return CertificateType.PENSION_RECEIPT;
    }

    @Override
    public TemplateValues values() {
        TemplateValues.Builder values = TemplateValues.builder(SCHEMA);
        holder.addTo(values);
        values.field("firstMonth", Formats.month(firstMonth))
                .field("asOf", Formats.month(asOf))
                .field("monthlyAmount", Formats.yuan(monthlyAmount))
                .field("status", status.chinese());
        values.table("years", years.stream().map(y -> Map.of(
                "year", Integer.toString(y.year()),
                "monthlyAmount", Formats.yuan(y.monthlyAmount()),
                "months", Integer.toString(y.months()),
                "total", Formats.yuan(y.total()))).toList());
        return values.build();
    }

    private static Set<String> fields() {
        Set<String> fields = new HashSet<>(Holder.FIELDS);
        fields.addAll(Set.of("firstMonth", "asOf", "monthlyAmount", "status"));
        return fields;
    }
}
