package com.hallkiosk.demo;

import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.CardState;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.business.SkillLevel;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoPerson.DemoEntitlement;
import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.certificate.content.PensionReceipt.PensionStatus;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One situation a tester needs a card for, with the rule that picks its holder from the demo population
 * and what to try with it. The order is the order of the demo script; a new case goes last, so that the
 * cases before it keep their holders ({@link DemoCards} hands people out first come, first served).
 */
public enum DemoCase {
    NORMAL("normal", "个人参保证明, 个人权益记录单, 社保卡状态查询, 修改密码, 临时/正式挂失"),
    SEALED("sealed", "社保卡启用 (activation): ID card + this card, set a new PIN twice"),
    TEMPORARILY_LOST("temp-lost", "解挂 (unlock) with ID card + this card; 正式挂失 from 临时挂失"),
    FORMALLY_LOST("formal-lost", "状态查询 shows 正式挂失 and the replacement channels; unlock is refused"),
    CANCELLED("cancelled", "状态查询 shows 注销; every card service is refused"),
    PIN_LOCKED("pin-locked", "any PIN is refused (locked); 密码重置 with ID card + this card"),
    TRIES_USED("tries-used", "修改密码: the tries left are shown; a wrong PIN takes one more"),
    PENSIONER("pensioner", "职工养老待遇领取证明 (only for people who draw a pension)"),
    LEGAL_REPRESENTATIVE("legal-rep", "单位参保证明: choose among the units this person represents"),
    RARE_NAME("rare-name", "a name outside GB 2312 on screen, on the receipt and on the certificate"),
    UNEMPLOYED("unemployed", "失业保险金申领 (Shandong): eligible; the receipt gives the due date on the holiday calendar"),
    SKILLED("skilled", "技能提升补贴申领 (Shandong): choose the certificate of the last 12 months; the same one again is refused"),
    BENEFIT_RECIPIENT("certify", "待遇领取资格认证 (Fushun): ID card + face; the receipt gives each benefit's next due date");

    /** 004 #28 办理条件（一）: 履行缴费义务满 1 年. */
    private static final int UNEMPLOYMENT_BENEFIT_MONTHS = 12;
    /** 004 #30 办理条件（一）: 依法参加失业保险 36 个月及以上. */
    private static final int SKILL_SUBSIDY_MONTHS = 36;
    /** 004 #30 办理条件（三）: 需在证书批准日期 12 个月内提出申请. */
    private static final int SKILL_SUBSIDY_CERTIFICATE_MONTHS = 12;
    /** 004 #30 办理条件（二）: 初级（五级）、中级（四级）、高级（三级）. */
    private static final Set<SkillLevel> SKILL_SUBSIDY_LEVELS = Set.of(SkillLevel.LEVEL_5, SkillLevel.LEVEL_4, SkillLevel.LEVEL_3);

    private final String key;
    private final String whatToTry;

    DemoCase(String key, String whatToTry) {
        this.key = key;
        this.whatToTry = whatToTry;
    }

    /** The short name a tester types, e.g. {@code temp-lost}. */
    public String key() {
        return key;
    }

    public String whatToTry() {
        return whatToTry;
    }

    /**
     * Whether {@code person} fits this case on the population's {@code asOf} day; {@code representatives} are
     * the indexes of the units' legal representatives. Every case but the PIN ones wants all tries left, so
     * that a card shows one thing. The benefit cases follow Shandong's rules (004 #28, #30; Fushun's 001 #15
     * and #18 ask no more); the rules on earlier applications pass by themselves, as the demo's central
     * starts with none.
     */
    boolean fits(DemoPerson person, Set<Long> representatives, LocalDate asOf) {
        CardState state = person.card().state();
        int tries = person.card().pinTriesLeft();
        boolean fullTries = tries == CardServices.PIN_TRY_LIMIT;
        boolean usable = state == CardState.NORMAL && fullTries && PersonNames.isCommon(person.person().name());
        boolean ordinary = usable && !person.years().isEmpty()
                && !representatives.contains(person.index()) && person.pension().isEmpty();
        return switch (this) {
            case NORMAL -> ordinary;
            case SEALED -> state == CardState.SEALED && PersonNames.isCommon(person.person().name());
            case TEMPORARILY_LOST -> state == CardState.TEMPORARILY_LOST && PersonNames.isCommon(person.person().name());
            case FORMALLY_LOST -> state == CardState.FORMALLY_LOST && PersonNames.isCommon(person.person().name());
            case CANCELLED -> state == CardState.CANCELLED && PersonNames.isCommon(person.person().name());
            case PIN_LOCKED -> state == CardState.NORMAL && tries == 0 && PersonNames.isCommon(person.person().name());
            case TRIES_USED -> state == CardState.NORMAL && tries > 0 && !fullTries
                    && PersonNames.isCommon(person.person().name());
            case PENSIONER -> usable
                    && person.pension().filter(pension -> pension.status() == PensionStatus.PAID).isPresent();
            case LEGAL_REPRESENTATIVE -> usable && representatives.contains(person.index());
            case RARE_NAME -> state == CardState.NORMAL && fullTries && PersonNames.isRare(person.person().name());
            case UNEMPLOYED -> usable && person.cumulativeMonths(Insurance.UNEMPLOYMENT) >= UNEMPLOYMENT_BENEFIT_MONTHS
                    && person.separation().filter(s -> s.reason().involuntary() && s.registeredUnemployedOn().isPresent())
                    .isPresent();
            case SKILLED -> usable && person.cumulativeMonths(Insurance.UNEMPLOYMENT) >= SKILL_SUBSIDY_MONTHS
                    && person.skillCertificates().stream().anyMatch(c -> forTheSkillSubsidy(c, asOf));
            case BENEFIT_RECIPIENT -> usable && !person.entitlements().isEmpty()
                    && person.entitlements().stream().map(DemoEntitlement::suspendedBecause).allMatch(Optional::isEmpty);
        };
    }

    /** A certificate of a level the skill subsidy pays for, whose 12 months to apply have not run out on {@code day}. */
    private static boolean forTheSkillSubsidy(SkillCertificate certificate, LocalDate day) {
        return SKILL_SUBSIDY_LEVELS.contains(certificate.level())
                && !day.isAfter(certificate.issuedOn().plusMonths(SKILL_SUBSIDY_CERTIFICATE_MONTHS));
    }
}
