package com.hallkiosk.certificate.content;

/**
 * Where a person or unit stands in one insurance, in the seeds' words: "处于正常缴费状态" (004),
 * "参保状态必须为暂停参保状态" (002), "人员存在欠费" / "单位存在欠费" (004).
 */
public enum InsuranceStatus {
    CONTRIBUTING("正常缴费"),
    SUSPENDED("暂停参保"),
    IN_ARREARS("欠费");

    private final String chinese;

    InsuranceStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
