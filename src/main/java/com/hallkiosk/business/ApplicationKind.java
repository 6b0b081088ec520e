package com.hallkiosk.business;

/** The benefit applications a terminal may take. */
public enum ApplicationKind {
    UNEMPLOYMENT_BENEFIT("失业保险金申领"),
    SKILL_UPGRADE_SUBSIDY("技能提升补贴申领"),
    UNEMPLOYMENT_ALLOWANCE("失业补助金申领");

    private final String chinese;

    ApplicationKind(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
