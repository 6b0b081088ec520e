package com.hallkiosk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.business.BusinessTestDatabase;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.CardState;
import com.hallkiosk.business.InsuranceRecord;
import com.hallkiosk.business.Person;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.business.jdbc.PinHashes;
import com.hallkiosk.business.jdbc.PopulationLoader;
import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.device.idcard.ForeignCardLayout;
import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.device.idcard.IdCardText;
import com.hallkiosk.device.sscard.emulator.ScriptedCard;
import com.hallkiosk.eligibility.CentralFacts;
import com.hallkiosk.eligibility.Eligibility;
import com.hallkiosk.eligibility.RuleBook;
import com.hallkiosk.eligibility.RuleFileReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo cards against the central's records: the demo's population (the seed of {@code app.Wiring},
 * 1,000 people) loaded into a SQLite file as the central loads it, each card looked up through the
 * central's own business system.
 */
class DemoCardsTest {
    /** {@code app.Wiring.DEMO_POPULATION_SEED}; {@code DemoCardsCommandTest} checks the command uses that one. */
    static final long DEMO_SEED = 20261122L;
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int TEST_ITERATIONS = 1_000;

    @TempDir
    static Path directory;
    static DemoPopulation population;
    static BusinessSystem central;
    static DemoCards cards;

    @BeforeAll
    static void loadTheDemoPopulation() throws Exception {
        population = new DemoPopulation(DEMO_SEED, DemoPopulation.DEFAULT_SIZE, AS_OF);
        DataSource dataSource = BusinessTestDatabase.migrated(directory);
        new PopulationLoader(dataSource, new PinHashes(new SecureRandom(), TEST_ITERATIONS)).load(population);
        central = new JdbcBusinessSystem(dataSource, Clock.fixed(AS_OF.atStartOfDay(ZONE).toInstant(), ZONE),
                new SecureRandom(), TEST_ITERATIONS);
        cards = DemoCards.of(population);
    }

    @Test
    void thereIsOneCardPerCaseEachOfADifferentPerson() {
        assertThat(cards.all()).extracting(DemoCardHolder::demoCase).containsExactly(DemoCase.values());
        Set<String> people = new HashSet<>();
        cards.all().forEach(holder -> people.add(holder.idCard().idNumber()));
        assertThat(people).hasSize(DemoCase.values().length);
        assertThat(cards.keys()).doesNotHaveDuplicates();
    }

    @Test
    void bothCardsOfEveryHolderMatchWhatTheCentralHolds() throws Exception {
        for (DemoCardHolder holder : cards.all()) {
            IdCard id = holder.idCard();
            ScriptedCard ss = holder.socialSecurityCard();
            Person person = central.personByIdNumber(id.idNumber());
            assertThat(person.name()).as(holder.key()).isEqualTo(id.name()).isEqualTo(ss.name());
            assertThat(person.gender()).as(holder.key()).isEqualTo(id.gender()).isEqualTo(ss.gender());
            assertThat(person.birthDate()).as(holder.key()).isEqualTo(id.birth()).isEqualTo(ss.birthDate());
            assertThat(ss.socialSecurityNumber()).as(holder.key()).isEqualTo(id.idNumber());

            Card card = central.cardByNumber(ss.cardNumber());
            assertThat(card.idNumber()).as(holder.key()).isEqualTo(id.idNumber());
            assertThat(central.cardOf(id.idNumber()).cardNumber()).as(holder.key()).isEqualTo(ss.cardNumber());
            assertThat(central.personByCardNumber(ss.cardNumber()).name()).as(holder.key()).isEqualTo(ss.name());
            assertThat(card.state()).as(holder.key()).isEqualTo(holder.cardState());
            assertThat(card.pinTriesLeft()).as(holder.key()).isEqualTo(ss.pinTriesLeft()).isEqualTo(holder.pinTriesLeft());
            assertThat(card.issueDate()).as(holder.key()).isEqualTo(ss.issueDate());
            assertThat(card.expiryDate()).as(holder.key()).isEqualTo(ss.expiryDate());
            assertThat(id.expiredOn(AS_OF)).as(holder.key() + ": the ID card is valid on the as-of day").isFalse();
            assertThat(id.validFrom()).as(holder.key()).isBefore(AS_OF);
        }
    }

    @Test
    void eachCardIsInTheSituationItsCaseNames() throws Exception {
        assertThat(state(DemoCase.NORMAL)).isEqualTo(CardState.NORMAL);
        assertThat(state(DemoCase.SEALED)).isEqualTo(CardState.SEALED);
        assertThat(state(DemoCase.TEMPORARILY_LOST)).isEqualTo(CardState.TEMPORARILY_LOST);
        assertThat(state(DemoCase.FORMALLY_LOST)).isEqualTo(CardState.FORMALLY_LOST);
        assertThat(state(DemoCase.CANCELLED)).isEqualTo(CardState.CANCELLED);
        assertThat(card(DemoCase.PIN_LOCKED).pinLocked()).isTrue();
        assertThat(card(DemoCase.PIN_LOCKED).state()).isEqualTo(CardState.NORMAL);
        assertThat(card(DemoCase.TRIES_USED).pinTriesLeft()).isBetween(1, CardServices.PIN_TRY_LIMIT - 1);
        assertThat(card(DemoCase.NORMAL).pinTriesLeft()).isEqualTo(CardServices.PIN_TRY_LIMIT);
        assertThat(certificates(DemoCase.NORMAL)).contains(CertificateType.PERSONAL_CONTRIBUTION, CertificateType.RIGHTS_RECORD)
                .doesNotContain(CertificateType.PENSION_RECEIPT, CertificateType.UNIT);
        assertThat(certificates(DemoCase.PENSIONER)).contains(CertificateType.PENSION_RECEIPT);
        assertThat(central.pension(cards.get(DemoCase.PENSIONER).idCard().idNumber())).isPresent();
        assertThat(certificates(DemoCase.LEGAL_REPRESENTATIVE)).contains(CertificateType.UNIT);
        assertThat(central.unitsRepresentedBy(cards.get(DemoCase.LEGAL_REPRESENTATIVE).idCard().idNumber())).isNotEmpty();
        String rare = cards.get(DemoCase.RARE_NAME).idCard().name();
        assertThat(Charset.forName("GB2312").newEncoder().canEncode(rare)).as("outside GB 2312").isFalse();
        cards.all().stream().filter(holder -> holder.demoCase() != DemoCase.RARE_NAME).forEach(holder ->
                assertThat(Charset.forName("GB2312").newEncoder().canEncode(holder.idCard().name())).as(holder.key()).isTrue());
    }

    /** The real rule set of {@code region}'s item {@code number} for the holder of {@code demoCase}, at the central. */
    private static Eligibility evaluate(DemoCase demoCase, String region, String number,
                                        Optional<SkillCertificate> certificate) throws Exception {
        RuleBook rules = RuleFileReader.fromClasspath(List.of(region));
        return rules.ruleSet(region, number, AS_OF).orElseThrow().evaluate(
                new CentralFacts(central, central, central).gather(cards.get(demoCase).idCard().idNumber(), certificate),
                AS_OF);
    }

    @Test
    void theUnemployedHolderMayApplyForTheUnemploymentBenefitInShandongAndInFushun() throws Exception {
        for (Map.Entry<String, String> item : Map.of("shandong", "28", "fushun", "15").entrySet()) {
            Eligibility eligibility = evaluate(DemoCase.UNEMPLOYED, item.getKey(), item.getValue(), Optional.empty());
            assertThat(eligibility.refusals()).as(item.getKey()).isEmpty();
            assertThat(eligibility.eligible()).as(item.getKey()).isTrue();
            assertThat(eligibility.passed()).as(item.getKey()).hasSize(3);
        }
    }

    @Test
    void theSkilledHolderHasACertificateForTheSkillSubsidyInEveryRegionThatHasTheItem() throws Exception {
        String idNumber = cards.get(DemoCase.SKILLED).idCard().idNumber();
        List<SkillCertificate> certificates = central.skillCertificates(idNumber);
        assertThat(certificates).isNotEmpty();
        for (Map.Entry<String, String> item : Map.of("shandong", "30", "fushun", "18", "anshan-tiedong", "16").entrySet()) {
            List<Eligibility> each = new ArrayList<>();
            for (SkillCertificate certificate : certificates) {
                each.add(evaluate(DemoCase.SKILLED, item.getKey(), item.getValue(), Optional.of(certificate)));
            }
            assertThat(each).as(item.getKey()).anySatisfy(eligibility -> {
                assertThat(eligibility.refusals()).isEmpty();
                assertThat(eligibility.eligible()).isTrue();
            });
        }
    }

    @Test
    void theCertifyingHolderReceivesBenefitsNoneSuspendedAndNoProhibitedSituationStopsThem() throws Exception {
        assertThat(central.entitlements(cards.get(DemoCase.BENEFIT_RECIPIENT).idCard().idNumber())).isNotEmpty()
                .allSatisfy(entitlement -> assertThat(entitlement.suspendedBecause()).isEmpty());
        Eligibility eligibility = evaluate(DemoCase.BENEFIT_RECIPIENT, "fushun", "41", Optional.empty());
        assertThat(eligibility.refusals()).isEmpty();
        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.passed()).isNotEmpty();
    }

    @Test
    void theDemoCountsContributedMonthsAsTheCentralDoes() throws Exception {
        try (Stream<DemoPerson> people = population.people()) {
            for (DemoPerson person : people.toList()) {
                for (Insurance insurance : Insurance.values()) {
                    int atTheCentral = central.contributions(person.person().idNumber()).insurance(insurance)
                            .map(InsuranceRecord::cumulativeMonths).orElse(0);
                    assertThat(person.cumulativeMonths(insurance)).as(person.index() + " " + insurance)
                            .isEqualTo(atTheCentral);
                }
            }
        }
    }

    @Test
    void aDemoPopulationOfTheDefaultSizeHasSomebodyForEveryCaseWhateverItsDay() {
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.isBefore(LocalDate.of(2028, 1, 1)); day = day.plusDays(61)) {
            DemoCards onThatDay = DemoCards.of(new DemoPopulation(DEMO_SEED, DemoPopulation.DEFAULT_SIZE, day));
            assertThat(onThatDay.all()).as(day.toString()).extracting(DemoCardHolder::demoCase)
                    .containsExactly(DemoCase.values());
        }
    }

    @Test
    void theDemoPinOpensTheNormalCardAtTheCentral() throws Exception {
        String number = cards.get(DemoCase.NORMAL).socialSecurityCard().cardNumber();
        assertThat(central.verifyPin(number, DemoPopulation.DEMO_PIN.toCharArray()).pinTriesLeft())
                .isEqualTo(CardServices.PIN_TRY_LIMIT);
        assertThat(cards.get(DemoCase.NORMAL).socialSecurityCard().pin()).isEqualTo(DemoPopulation.DEMO_PIN);
    }

    @Test
    void theSameArgumentsGiveTheSameCards() {
        DemoCards again = DemoCards.of(new DemoPopulation(DEMO_SEED, DemoPopulation.DEFAULT_SIZE, AS_OF));
        IdCardText text = new IdCardText(ForeignCardLayout.VENDOR_SDK_ORDER);
        assertThat(again.keys()).isEqualTo(cards.keys());
        for (DemoCardHolder holder : cards.all()) {
            DemoCardHolder other = again.byKey(holder.key()).orElseThrow();
            assertThat(other.socialSecurityCard()).isEqualTo(holder.socialSecurityCard());
            assertThat(text.encode(other.idCard())).isEqualTo(text.encode(holder.idCard()));
            assertThat(other.idCard().photoWlt()).isEqualTo(holder.idCard().photoWlt());
        }
        DemoCards otherSeed = DemoCards.of(new DemoPopulation(DEMO_SEED + 1, DemoPopulation.DEFAULT_SIZE, AS_OF));
        assertThat(otherSeed.all()).extracting(holder -> holder.idCard().idNumber())
                .doesNotContainAnyElementsOf(cards.all().stream().map(holder -> holder.idCard().idNumber()).toList());
    }

    @Test
    void theAsOfDayChangesTheDatesButNotThePeopleNumbersOrStates() {
        DemoCards earlier = DemoCards.of(new DemoPopulation(DEMO_SEED, DemoPopulation.DEFAULT_SIZE, AS_OF.minusMonths(5)));
        for (DemoCardHolder holder : cards.all()) {
            DemoCardHolder other = earlier.byKey(holder.key()).orElseThrow();
            assertThat(other.idCard().idNumber()).as(holder.key()).isEqualTo(holder.idCard().idNumber());
            assertThat(other.socialSecurityCard().cardNumber()).as(holder.key()).isEqualTo(holder.socialSecurityCard().cardNumber());
            assertThat(other.cardState()).as(holder.key()).isEqualTo(holder.cardState());
        }
    }

    @Test
    void idCardsAreValidForTheTermsOfTheLawByAgeAtIssue() {
        for (DemoCardHolder holder : cards.all()) {
            IdCard id = holder.idCard();
            int age = java.time.Period.between(id.birth(), id.validFrom()).getYears();
            if (age >= 46) {
                assertThat(id.permanent()).as(holder.key()).isTrue();
            } else {
                assertThat(id.validTo()).as(holder.key()).contains(id.validFrom().plusYears(age < 26 ? 10 : 20));
            }
        }
    }

    @Test
    void toStringMasksThePerson() {
        for (DemoCardHolder holder : cards.all()) {
            assertThat(holder.toString()).doesNotContain(holder.idCard().idNumber())
                    .doesNotContain(holder.idCard().name()).contains(holder.maskedIdNumber());
        }
    }

    private static Card card(DemoCase demoCase) throws Exception {
        return central.cardByNumber(cards.get(demoCase).socialSecurityCard().cardNumber());
    }

    private static CardState state(DemoCase demoCase) throws Exception {
        return card(demoCase).state();
    }

    private static Set<CertificateType> certificates(DemoCase demoCase) throws Exception {
        return central.certificatesFor(cards.get(demoCase).idCard().idNumber());
    }

    static List<DemoCardHolder> holders() {
        return cards.all();
    }
}
