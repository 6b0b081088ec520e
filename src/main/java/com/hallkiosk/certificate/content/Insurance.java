package com.hallkiosk.certificate.content;

/**
 * The kinds of social insurance (险种) a certificate lists, named as the seeds name them: "职业资格、
 * 养老保险、失业保险、医疗保险、工伤保险和生育保险" (001), "企业职工基本养老保险（含灵活就业人员）" (001, item 41),
 * "职工基本医疗保险" (001).
 */
public enum Insurance {
    PENSION("企业职工基本养老保险"),
    UNEMPLOYMENT("失业保险"),
    WORK_INJURY("工伤保险"),
    MEDICAL("职工基本医疗保险"),
    MATERNITY("生育保险");

    private final String chinese;

    Insurance(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
