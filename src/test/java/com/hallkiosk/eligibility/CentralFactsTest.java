package com.hallkiosk.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.ApplicationKind;
import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.business.BusinessTestDatabase;
import com.hallkiosk.business.InsuranceRecord;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.business.jdbc.PinHashes;
import com.hallkiosk.business.jdbc.PopulationLoader;
import com.hallkiosk.certificate.content.Insurance;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts come from the central's ports as the demo population has them, and the rules read them. */
class CentralFactsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
    private static final int CHEAP_HASHES = 1_000;
    private static final DemoPopulation POPULATION = new DemoPopulation(7, DemoPopulation.DEFAULT_SIZE, AS_OF);

    @TempDir
    static Path directory;
    private static BusinessSystem central;
    private static CentralFacts facts;

    @BeforeAll
    static void load() throws Exception {
        DataSource database = BusinessTestDatabase.migrated(directory);
        new PopulationLoader(database, new PinHashes(new SecureRandom(), CHEAP_HASHES)).load(POPULATION);
        Clock clock = Clock.fixed(AS_OF.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai"));
        central = new JdbcBusinessSystem(database, clock, new SecureRandom(), CHEAP_HASHES);
        facts = new CentralFacts(central, central, central);
    }

    @Test
    void contributionsSeparationAndApplicationsAreTheCentrals() throws Exception {
        DemoPerson demo = first(p -> p.separation().isPresent() && !p.skillCertificates().isEmpty());
        String id = demo.person().idNumber();
        SkillCertificate certificate = demo.skillCertificates().get(0);
        central.submit(id, ApplicationKind.SKILL_UPGRADE_SUBSIDY, EligibilityFacts.skillSubject(certificate));

        EligibilityFacts gathered = facts.gather(id, Optional.of(certificate));

        InsuranceRecord unemployment = central.contributions(id).insurance(Insurance.UNEMPLOYMENT).orElseThrow();
        assertThat(gathered.months(Insurance.UNEMPLOYMENT)).isEqualTo(
                new ContributionMonths(unemployment.cumulativeMonths(), unemployment.continuousMonthsAtEnd()));
        assertThat(gathered.separation().map(s -> s.reason())).isEqualTo(demo.separation().map(s -> s.reason()));
        assertThat(gathered.applications()).singleElement()
                .satisfies(a -> assertThat(a.subject()).isEqualTo(EligibilityFacts.skillSubject(certificate)));
        assertThat(gathered.receivingUnemploymentBenefit()).as("the central does not say").isEmpty();
        assertThat(gathered.otherSubsidies()).as("the central does not say").isEmpty();
        assertThat(RuleBooks.shipped().ruleSet("shandong", "30", AS_OF).orElseThrow()
                .evaluate(gathered, AS_OF).refusals()).extracting(c -> c.rule().id())
                .contains("004-30-same-occupation-level");
    }

    @Test
    void aPersonWhosePaymentIsSuspendedForPrisonIsRefusedCertification() throws Exception {
        DemoPerson demo = first(p -> p.entitlements().stream()
                .anyMatch(e -> e.suspendedBecause().filter(s -> s.contains("服刑")).isPresent()));

        EligibilityFacts gathered = facts.gather(demo.person().idNumber(), Optional.empty());

        Eligibility outcome = RuleBooks.shipped().ruleSet("fushun", "41", AS_OF).orElseThrow().evaluate(gathered, AS_OF);
        assertThat(outcome.refusals()).extracting(Rule.Check::line)
                .containsExactly("服刑期间人员不能办理待遇领取资格认证 — 001 违规禁办 三.1");
    }

    private static DemoPerson first(Predicate<DemoPerson> test) {
        return POPULATION.people().filter(test).findFirst().orElseThrow();
    }
}
