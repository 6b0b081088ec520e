package com.hallkiosk.business;

/** The state of a 社会保障卡 at the business system, as the seeds name them (000 #29, 001 #40). */
public enum CardState {
    /** 封存: issued but not yet activated by its holder. */
    SEALED("封存"),
    NORMAL("正常"),
    TEMPORARILY_LOST("临时挂失"),
    FORMALLY_LOST("正式挂失"),
    CANCELLED("注销");

    private final String chinese;

    CardState(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
