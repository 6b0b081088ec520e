package com.hallkiosk.business;

/** The five levels of a vocational skill certificate (职业技能等级), from 五级 up. */
public enum SkillLevel {
    LEVEL_5("五级/初级工"),
    LEVEL_4("四级/中级工"),
    LEVEL_3("三级/高级工"),
    LEVEL_2("二级/技师"),
    LEVEL_1("一级/高级技师");

    private final String chinese;

    SkillLevel(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
