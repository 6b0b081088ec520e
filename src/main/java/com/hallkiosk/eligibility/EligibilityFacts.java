package com.hallkiosk.eligibility;

import com.hallkiosk.business.Application;
import com.hallkiosk.business.Separation;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.certificate.content.Insurance;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules are decided on, gathered from the central once ({@link CentralFacts}) so that every rule is a
 * pure function of (facts, today). A fact the central does not hold is an empty {@link Optional}, and the rules
 * that need it answer {@link Verdict#DEFERRED} ("to be checked at the window") instead of guessing.
 *
 * @param certificate        the certificate the person applies with (技能提升补贴); empty for other items
 * @param applications       every application the person submitted, oldest first
 * @param suspensions        why a benefit the person receives is suspended (e.g. 服刑期间暂停发放), one per benefit
 * @param receivingUnemploymentBenefit whether the person now draws 失业保险金; the central does not say
 * @param otherSubsidies     the other subsidies the person draws (职业培训补贴…); the central does not say
 */
public record EligibilityFacts(Map<Insurance, ContributionMonths> contributions,
                               Optional<Separation> separation,
                               Optional<SkillCertificate> certificate,
                               List<Application> applications,
                               List<String> suspensions,
                               Optional<Boolean> receivingUnemploymentBenefit,
                               Optional<Set<String>> otherSubsidies) {
    public EligibilityFacts {
        contributions = Map.copyOf(contributions);
        applications = List.copyOf(applications);
        suspensions = List.copyOf(suspensions);
    }

    public ContributionMonths months(Insurance insurance) {
        return contributions.getOrDefault(insurance, ContributionMonths.NONE);
    }

    /** What makes a skill subsidy application unique at the central ({@code 电工/LEVEL_4}, see {@link Application}). */
    public static String skillSubject(SkillCertificate certificate) {
        return certificate.occupation() + "/" + certificate.level().name();
    }
}
