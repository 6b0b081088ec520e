package com.hallkiosk.items.application;

import com.hallkiosk.business.ApplicationKind;

/**
 * What differs between the benefit applications a terminal takes, as data for the one {@link ApplicationItem}:
 * the item's id, the kind the central records, what makes an application unique at the central (the subject:
 * the central refuses the same person, kind and subject twice), and the words for that duplicate. The rules
 * themselves travel in the catalog ({@code catalog/rules/<region>.json}).
 */
public enum BenefitApplication {
    /** 000 #14, 001 #15, 004 #28: one application per separation (its date is the subject). */
    UNEMPLOYMENT_BENEFIT("unemployment-benefit", ApplicationKind.UNEMPLOYMENT_BENEFIT, Subject.SEPARATION,
            "您这次失业已经申请过失业保险金，不用重复申请。"),
    /**
     * 000 #16, 001 #18, 004 #30: the person chooses the certificate; occupation and level are the subject
     * (000 #16 条件5, 004 #30 注意事项（二）: "同一职业（工种）同一等级不可重复享受").
     */
    SKILL_UPGRADE_SUBSIDY("skill-upgrade-subsidy", ApplicationKind.SKILL_UPGRADE_SUBSIDY, Subject.CERTIFICATE,
            "这本证书的职业（工种）和等级已经申请过技能提升补贴，同一职业（工种）同一等级不可重复享受。"),
    /** 004 #29: once ever (注意事项（一）: "失业补助金只能申领享受一次"); its policy window has ended. */
    UNEMPLOYMENT_ALLOWANCE("unemployment-allowance", ApplicationKind.UNEMPLOYMENT_ALLOWANCE, Subject.ONCE,
            "您已经申请过失业补助金，失业补助金只能申领享受一次。");

    /** What makes one application of a kind unique for its person. */
    enum Subject {
        /** The date of the separation the benefit is for. */
        SEPARATION,
        /** The chosen certificate's occupation and level. */
        CERTIFICATE,
        /** Nothing: once in a lifetime. */
        ONCE
    }

    private final String id;
    private final ApplicationKind kind;
    private final Subject subject;
    private final String duplicate;

    BenefitApplication(String id, ApplicationKind kind, Subject subject, String duplicate) {
        this.id = id;
        this.kind = kind;
        this.subject = subject;
        this.duplicate = duplicate;
    }

    /** The item's key in {@code items.properties} and its journal operation. */
    public String id() {
        return id;
    }

    public ApplicationKind kind() {
        return kind;
    }

    Subject subject() {
        return subject;
    }

    /** Said when the central already holds the same application. */
    String duplicate() {
        return duplicate;
    }
}
