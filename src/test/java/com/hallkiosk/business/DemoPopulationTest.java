package com.hallkiosk.business;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.identity.Gender;
import com.hallkiosk.identity.IdNumbers;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DemoPopulationTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
    private static final List<DemoPerson> SAMPLE = new DemoPopulation(42, 10_000, AS_OF).people().toList();

    @Test
    void theSameSeedGivesTheSamePeople() {
        List<DemoPerson> again = new DemoPopulation(42, 10_000, AS_OF).people().limit(50).toList();

        assertThat(again).isEqualTo(SAMPLE.subList(0, 50));
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        List<DemoPerson> other = new DemoPopulation(43, 10_000, AS_OF).people().limit(50).toList();

        assertThat(other.stream().map(p -> p.person().idNumber()))
                .doesNotContainAnyElementsOf(SAMPLE.subList(0, 50).stream().map(p -> p.person().idNumber()).toList());
    }

    @Test
    void aPersonMadeAloneIsThePersonOfTheStream() {
        assertThat(new DemoPopulation(42, 10_000, AS_OF).person(7_777)).isEqualTo(SAMPLE.get(7_777));
    }

    @Test
    void everyIdNumberHasItsCheckDigitAndMatchesBirthDateAndGender() {
        for (DemoPerson demo : SAMPLE) {
            Person person = demo.person();
            assertThat(IdNumbers.hasValidCheckDigit(person.idNumber())).as(person.maskedIdNumber()).isTrue();
            assertThat(person.idNumber().substring(6, 14)).isEqualTo(person.birthDate().toString().replace("-", ""));
            int genderDigit = person.idNumber().charAt(16) - '0';
            assertThat(genderDigit % 2 == 1).isEqualTo(person.gender() == Gender.MALE);
        }
    }

    @Test
    void idNumbersAndCardNumbersAreUnique() {
        Set<String> ids = new HashSet<>();
        Set<String> cards = new HashSet<>();
        assertThat(luhnValid("4111111111111111")).isTrue();
        assertThat(luhnValid("4111111111111112")).isFalse();
        for (DemoPerson demo : SAMPLE) {
            assertThat(ids.add(demo.person().idNumber())).isTrue();
            assertThat(cards.add(demo.card().cardNumber())).isTrue();
            assertThat(demo.card().cardNumber()).matches("[A-Z]\\d{8}");
            assertThat(luhnValid(demo.card().bankAccount())).as(demo.card().bankAccount()).isTrue();
        }
    }

    @Test
    void cardStatesComeInSensibleProportions() {
        Map<CardState, Integer> counts = new EnumMap<>(CardState.class);
        SAMPLE.forEach(p -> counts.merge(p.card().state(), 1, Integer::sum));

        assertThat(share(p -> p.card().state() == CardState.NORMAL)).isBetween(0.75, 0.81);
        assertThat(share(p -> p.card().state() == CardState.SEALED)).isBetween(0.10, 0.14);
        assertThat(share(p -> p.card().state() == CardState.TEMPORARILY_LOST)).isBetween(0.03, 0.05);
        assertThat(share(p -> p.card().state() == CardState.FORMALLY_LOST)).isBetween(0.01, 0.03);
        assertThat(share(p -> p.card().state() == CardState.CANCELLED)).isBetween(0.03, 0.05);
        assertThat(share(p -> p.card().pinTriesLeft() == 0)).isBetween(0.004, 0.02);
        assertThat(share(p -> p.card().pinTriesLeft() > 0 && p.card().pinTriesLeft() < CardServices.PIN_TRY_LIMIT))
                .isBetween(0.03, 0.07);
    }

    @Test
    void aFewNamesCarryRareCharacters() {
        double rare = share(p -> p.person().name().codePoints().anyMatch(c -> "堃喆䶮玥犇淼昇琤彧燚".indexOf(c) >= 0));

        assertThat(rare).isBetween(0.004, 0.02);
        assertThat(SAMPLE).allSatisfy(p -> assertThat(p.person().name().length()).isBetween(2, 4));
    }

    @Test
    void contributionsPensionsCertificationsSeparationsAndSkillsAreThere() {
        assertThat(share(p -> !p.years().isEmpty())).isBetween(0.85, 0.95);
        assertThat(share(p -> p.pension().isPresent())).isBetween(0.15, 0.45);
        assertThat(share(p -> p.separation().isPresent())).isBetween(0.05, 0.15);
        assertThat(share(p -> !p.skillCertificates().isEmpty())).isBetween(0.10, 0.25);
        assertThat(share(p -> p.insuranceFromYear().containsKey(Insurance.UNEMPLOYMENT))).isBetween(0.6, 0.9);
        assertThat(SAMPLE.stream().flatMap(p -> p.separation().stream()).map(s -> s.reason()).distinct())
                .containsAll(Set.of(SeparationReason.values()));
        assertThat(SAMPLE).allSatisfy(p -> p.years().forEach(y -> assertThat(y.months()).matches("[PBA-]{12}")));
        assertThat(SAMPLE).filteredOn(p -> p.pension().isPresent())
                .allSatisfy(p -> assertThat(p.entitlements()).extracting(e -> e.kind()).contains(BenefitKind.EMPLOYEE_PENSION));
        assertThat(SAMPLE.stream().flatMap(p -> p.entitlements().stream()).map(e -> e.kind()).distinct())
                .containsAll(Set.of(BenefitKind.values()));
    }

    /** Luhn written out again here, so a wrong check digit in the generator cannot agree with itself. */
    private static boolean luhnValid(String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int digit = number.charAt(number.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (digit * 2) / 10 + (digit * 2) % 10 : digit;
        }
        return sum % 10 == 0;
    }

    private static double share(Predicate<DemoPerson> test) {
        return SAMPLE.stream().filter(test).count() / (double) SAMPLE.size();
    }
}
