package com.hallkiosk.eligibility;

import com.hallkiosk.business.Application;
import com.hallkiosk.business.ApplicationKind;
import com.hallkiosk.business.Separation;
import com.hallkiosk.business.SeparationReason;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.business.SkillLevel;
import com.hallkiosk.business.Unit;
import com.hallkiosk.certificate.content.Insurance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person's facts built in a test, starting from one who meets every rule of the seeds on {@link #TODAY}
 * (40 months of unemployment insurance, dismissed 30 days ago and registered, a 四级 certificate of 3 months
 * ago, no earlier application, nothing suspended, drawing 失业保险金 and no other subsidy), changed one fact
 * at a time.
 */
final class Facts {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Unit UNIT = new Unit("91210300MA0000000X", "鞍山测试机械有限公司");

    private int cumulative = 40;
    private int continuous = 40;
    private Optional<Separation> separation = Optional.of(new Separation(UNIT, TODAY.minusDays(30),
            SeparationReason.DISMISSED_BY_EMPLOYER, Optional.of(TODAY.minusDays(25))));
    private Optional<SkillCertificate> certificate = Optional.of(
            new SkillCertificate("2026000000000011", "电工", SkillLevel.LEVEL_4, TODAY.minusMonths(3)));
    private final List<Application> applications = new ArrayList<>();
    private final List<String> suspensions = new ArrayList<>();
    private Optional<Boolean> receiving = Optional.of(true);
    private Optional<Set<String>> subsidies = Optional.of(Set.of());

    static Facts eligible() {
        return new Facts();
    }

    Facts unemploymentMonths(int months) {
        cumulative = months;
        continuous = months;
        return this;
    }

    Facts separated(LocalDate on, SeparationReason reason, Optional<LocalDate> registered) {
        separation = Optional.of(new Separation(UNIT, on, reason, registered));
        return this;
    }

    Facts neverSeparated() {
        separation = Optional.empty();
        return this;
    }

    Facts certificate(SkillLevel level, LocalDate issuedOn) {
        certificate = Optional.of(new SkillCertificate("2022000000000011", "电工", level, issuedOn));
        return this;
    }

    Facts noCertificate() {
        certificate = Optional.empty();
        return this;
    }

    Facts applied(ApplicationKind kind, String subject, LocalDate on) {
        applications.add(new Application("SQ" + applications.size(), "x", kind, subject, on));
        return this;
    }

    /** {@code times} earlier skill subsidies this year, each for another occupation. */
    Facts skillSubsidiesThisYear(int times) {
        for (int i = 0; i < times; i++) {
            applied(ApplicationKind.SKILL_UPGRADE_SUBSIDY, "焊工" + i + "/LEVEL_5", TODAY.withDayOfYear(1));
        }
        return this;
    }

    Facts suspended(String because) {
        suspensions.add(because);
        return this;
    }

    Facts receivingUnemploymentBenefit(Optional<Boolean> known) {
        receiving = known;
        return this;
    }

    Facts otherSubsidies(Optional<Set<String>> known) {
        subsidies = known;
        return this;
    }

    EligibilityFacts build() {
        return new EligibilityFacts(Map.of(Insurance.UNEMPLOYMENT, new ContributionMonths(cumulative, continuous)),
                separation, certificate, applications, suspensions, receiving, subsidies);
    }

    @Override
    public String toString() {
        return "facts";
    }
}
