package com.hallkiosk.certificate.content;

import com.hallkiosk.certificate.CertificateType;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * 单位参保证明: the unit, its unified social credit code, the period, and per insurance its status,
 * insured headcount and the months actually paid. A unit in arrears gets a notice and only the period
 * actually paid: "单位存在欠费的，给出提示，只能打印实际缴费时间段。" (004, 单位参保证明查询打印, 注意事项).
 */
public record UnitContribution(String unitName, String creditCode, YearMonth periodFrom, YearMonth periodTo,
                               boolean inArrears, List<UnitInsurance> insurances) implements CertificateContent {
    static final ValueSchema SCHEMA = new ValueSchema(Set.of("unitName", "creditCode", "period"),
            Map.of("insurances", Set.of("insurance", "status", "headcount", "paidPeriod")),
            Set.of("inArrears"));

    /** One insurance of the unit: its status, the people insured in it, and the months actually paid. */
    public record UnitInsurance(Insurance insurance, InsuranceStatus status, int headcount, YearMonth paidFrom,
                                YearMonth paidTo) {
    }

    public UnitContribution {
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(creditCode, "creditCode");
        insurances = List.copyOf(insurances);
        if (periodTo.isBefore(periodFrom)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    @Override
    public CertificateType type() {
        return CertificateType.UNIT;
    }

    @Override
    public TemplateValues values() {
        return TemplateValues.builder(SCHEMA)
                .field("unitName", unitName)
                .field("creditCode", creditCode)
                .field("period", Formats.months(periodFrom, periodTo))
                .condition("inArrears", inArrears)
                .table("insurances", insurances.stream().map(i -> Map.of(
                        "insurance", i.insurance().chinese(),
                        "status", i.status().chinese(),
                        "headcount", Integer.toString(i.headcount()),
                        "paidPeriod", Formats.months(i.paidFrom(), i.paidTo()))).toList())
                .build();
    }
}
