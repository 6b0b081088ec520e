package com.hallkiosk.business;

/** Why employment ended (离职原因); only an involuntary end opens the unemployment benefit. */
public enum SeparationReason {
    CONTRACT_EXPIRED("劳动合同期满终止", true),
    DISMISSED_BY_EMPLOYER("被用人单位解除劳动合同", true),
    EMPLOYER_CLOSED("用人单位破产、关闭或撤销", true),
    EMPLOYER_AT_FAULT("因用人单位过错本人解除劳动合同", true),
    RESIGNED("本人自愿离职", false);

    private final String chinese;
    private final boolean involuntary;

    SeparationReason(String chinese, boolean involuntary) {
        this.chinese = chinese;
        this.involuntary = involuntary;
    }

    public String chinese() {
        return chinese;
    }

    public boolean involuntary() {
        return involuntary;
    }
}
