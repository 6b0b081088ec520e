package com.hallkiosk.business;

/**
 * The benefits whose receivers certify once per cycle (待遇领取资格认证, 001 #41): a 12-month cycle from June 1
 * to May 31 for the employee and public-institution pensions, a 6-month cycle (January–June, July–December)
 * for the others.
 */
public enum BenefitKind {
    EMPLOYEE_PENSION("企业职工基本养老金", 12),
    PUBLIC_INSTITUTION_PENSION("机关事业单位养老金", 12),
    RESIDENT_PENSION("城乡居民基本养老金", 6),
    WORK_INJURY_LONG_TERM("工伤保险长期待遇", 6),
    DEPENDANTS("供养亲属抚恤金", 6),
    LAND_EXPROPRIATED_FARMERS("被征地农民养老保障待遇", 6);

    private final String chinese;
    private final int cycleMonths;

    BenefitKind(String chinese, int cycleMonths) {
        this.chinese = chinese;
        this.cycleMonths = cycleMonths;
    }

    public String chinese() {
        return chinese;
    }

    public int cycleMonths() {
        return cycleMonths;
    }
}
