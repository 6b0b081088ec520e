package com.hallkiosk.business.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.ApplicationKind;
import com.hallkiosk.business.BenefitKind;
import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.CardState;
import com.hallkiosk.business.FaceSample;
import com.hallkiosk.business.LossKind;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.demo.DemoUnit;
import com.hallkiosk.face.FaceFeatures;
import com.hallkiosk.face.FaceTemplate;
import com.hallkiosk.face.SyntheticFace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same scenarios on two copies of one demo population: one through {@link JdbcBusinessSystem} in
 * process, one through {@link HttpBusinessSystem} and the real mutual-TLS central. Every step's value, or
 * refusal with its type, message and fields, must be the same; and the direct run must meet the refusals each
 * scenario is written to provoke, so that two runs failing alike cannot pass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusinessContractTest {
    private static final char[] DEMO_PIN = DemoPopulation.DEMO_PIN.toCharArray();
    private static final char[] NEW_PIN = "802417".toCharArray();
    private static final char[] WRONG_PIN = "999990".toCharArray();
    private static final char[] CHANGED_PIN = "530917".toCharArray();
    private static final char[] TRIVIAL_PIN = "111111".toCharArray();
    private static final String NOBODY = "110101199001011237";
    private static final String NO_CARD = "Z00000000";

    private BusinessCentral direct;
    private BusinessCentral served;
    private BusinessSystem overHttp;

    @BeforeAll
    void start(@TempDir Path directory) throws Exception {
        direct = new BusinessCentral(directory.resolve("direct"));
        served = new BusinessCentral(directory.resolve("served")).serve();
        overHttp = new HttpBusinessSystem(served.kiosk(Duration.ofSeconds(10)));
    }

    @AfterAll
    void stop() {
        served.close();
        direct.close();
    }

    /** What one step gave: a value, or a refusal described by everything its type carries. */
    record Step(String name, Object outcome) {
    }

    record Refusal(Class<?> type, String message, Integer triesLeft, CardState actual, Set<CardState> required) {
        static Refusal of(BusinessException e) {
            Integer triesLeft = e instanceof BusinessException.WrongPin wrong ? wrong.triesLeft() : null;
            CardState actual = e instanceof BusinessException.CardNotInState state ? state.actual() : null;
            Set<CardState> required = e instanceof BusinessException.CardNotInState state ? state.required() : null;
            return new Refusal(e.getClass(), e.getMessage(), triesLeft, actual, required);
        }
    }

    @FunctionalInterface
    interface Call {
        Object run() throws BusinessException;
    }

    /** One run of a scenario against one system. */
    static final class Transcript {
        final List<Step> steps = new ArrayList<>();

        void step(String name, Call call) {
            Object outcome;
            try {
                outcome = call.run();
            } catch (BusinessException e) {
                outcome = Refusal.of(e);
            }
            steps.add(new Step(name, outcome));
        }

        List<Class<?>> refusals() {
            return steps.stream().map(Step::outcome).filter(Refusal.class::isInstance)
                    .map(outcome -> ((Refusal) outcome).type()).<Class<?>>map(type -> type).toList();
        }
    }

    @FunctionalInterface
    interface Scenario {
        void run(BusinessSystem system, Transcript transcript);
    }

    /** Runs the scenario on both systems, compares, and gives the direct run's refusals. */
    private List<Class<?>> bothAlike(Scenario scenario) {
        Transcript expected = new Transcript();
        scenario.run(direct.system, expected);
        Transcript actual = new Transcript();
        scenario.run(overHttp, actual);
        assertThat(actual.steps).containsExactlyElementsOf(expected.steps);
        return expected.refusals();
    }

    private DemoPerson first(Predicate<DemoPerson> test) {
        return direct.population.people().filter(test).findFirst().orElseThrow();
    }

    private DemoPerson withCard(CardState state, int skip) {
        return direct.population.people().filter(p -> p.card().state() == state
                && p.card().pinTriesLeft() == CardServices.PIN_TRY_LIMIT).skip(skip).findFirst().orElseThrow();
    }

    @Test
    void lookupsContributionsAndCertificatesData() {
        DemoPerson pensioner = first(p -> p.pension().isPresent() && p.years().size() > 3);
        DemoPerson noPension = first(p -> p.pension().isEmpty() && !p.years().isEmpty());
        DemoPerson neverContributed = first(p -> p.years().isEmpty());
        DemoUnit unit = direct.population.units().get(0);
        String representative = direct.population.person(unit.representativeIndex()).person().idNumber();
        String stranger = first(p -> !p.person().idNumber().equals(representative)).person().idNumber();
        String id = pensioner.person().idNumber();

        List<Class<?>> refusals = bothAlike((system, t) -> {
            t.step("person by id", () -> system.personByIdNumber(id));
            t.step("person by card", () -> system.personByCardNumber(pensioner.card().cardNumber()));
            t.step("unknown person", () -> system.personByIdNumber(NOBODY));
            t.step("unknown card's person", () -> system.personByCardNumber(NO_CARD));
            t.step("contributions", () -> system.contributions(id));
            t.step("pension account", () -> system.pensionAccount(id));
            t.step("pension", () -> system.pension(id));
            t.step("no pension", () -> system.pension(noPension.person().idNumber()));
            t.step("never contributed", () -> system.contributions(neverContributed.person().idNumber()));
            t.step("certificates", () -> system.certificatesFor(id));
            t.step("certificates of nobody", () -> system.certificatesFor(NOBODY));
            t.step("units represented", () -> system.unitsRepresentedBy(representative));
            t.step("unit record", () -> system.unitRecord(representative, unit.creditCode()));
            t.step("unit record for a stranger", () -> system.unitRecord(stranger, unit.creditCode()));
        });

        assertThat(refusals).containsExactly(BusinessException.UnknownPerson.class, BusinessException.UnknownPerson.class,
                BusinessException.UnknownPerson.class, BusinessException.NotRepresentative.class);
    }

    @Test
    void everyCardOperationAndItsRefusals() {
        DemoPerson sealed = withCard(CardState.SEALED, 0);
        DemoPerson otherSealed = withCard(CardState.SEALED, 1);
        DemoPerson normal = withCard(CardState.NORMAL, 0);
        String card = sealed.card().cardNumber();
        String id = sealed.person().idNumber();

        List<Class<?>> refusals = bothAlike((system, t) -> {
            t.step("card of", () -> system.cardOf(id));
            t.step("card by number", () -> system.cardByNumber(card));
            t.step("unknown card", () -> system.cardByNumber(NO_CARD));
            t.step("unknown holder", () -> system.cardOf(NOBODY));
            t.step("PIN of a sealed card", () -> system.verifyPin(card, DEMO_PIN));
            t.step("activate with someone else's ID", () -> system.activate(card, normal.person().idNumber(), NEW_PIN));
            t.step("activate with a trivial PIN", () -> system.activate(card, id, TRIVIAL_PIN));
            t.step("activate", () -> system.activate(card, id, NEW_PIN));
            t.step("activate twice", () -> system.activate(card, id, NEW_PIN));
            t.step("verify", () -> system.verifyPin(card, NEW_PIN));
            t.step("change with a wrong PIN", () -> system.changePin(card, WRONG_PIN, CHANGED_PIN));
            t.step("change", () -> system.changePin(card, NEW_PIN, CHANGED_PIN));
            t.step("old PIN after the change", () -> system.verifyPin(card, NEW_PIN));
            t.step("temporary loss", () -> system.reportLoss(id, LossKind.TEMPORARY));
            t.step("temporary loss again", () -> system.reportLoss(id, LossKind.TEMPORARY));
            t.step("unlock", () -> system.unlock(card, id));
            t.step("formal loss", () -> system.reportLoss(id, LossKind.FORMAL));
            t.step("unlock a formal loss", () -> system.unlock(card, id));
            t.step("cancel", () -> system.cancel(card, id));
            t.step("cancel twice", () -> system.cancel(card, id));
            t.step("reset on a cancelled card", () -> system.resetPin(card, id, NEW_PIN));
            t.step("other card untouched", () -> system.cardByNumber(otherSealed.card().cardNumber()));
        });

        assertThat(refusals).containsExactly(BusinessException.UnknownCard.class, BusinessException.UnknownPerson.class,
                BusinessException.CardNotInState.class, BusinessException.HolderMismatch.class,
                BusinessException.PinRejected.class, BusinessException.CardNotInState.class,
                BusinessException.WrongPin.class, BusinessException.WrongPin.class, BusinessException.CardNotInState.class,
                BusinessException.CardNotInState.class, BusinessException.CardNotInState.class,
                BusinessException.CardNotInState.class);
    }

    @Test
    void sixWrongPinsLockAndAResetOpens() {
        DemoPerson holder = withCard(CardState.NORMAL, 1);
        String card = holder.card().cardNumber();
        String id = holder.person().idNumber();

        List<Class<?>> refusals = bothAlike((system, t) -> {
            for (int i = 1; i <= CardServices.PIN_TRY_LIMIT; i++) {
                t.step("wrong PIN " + i, () -> system.verifyPin(card, WRONG_PIN));
            }
            t.step("right PIN when locked", () -> system.verifyPin(card, DEMO_PIN));
            t.step("locked card", () -> system.cardByNumber(card));
            t.step("reset", () -> system.resetPin(card, id, NEW_PIN));
            t.step("new PIN", () -> system.verifyPin(card, NEW_PIN));
        });

        List<Class<?>> wrong = java.util.Collections.nCopies(CardServices.PIN_TRY_LIMIT - 1, BusinessException.WrongPin.class);
        List<Class<?>> expected = new ArrayList<>(wrong);
        expected.add(BusinessException.PinLocked.class);
        expected.add(BusinessException.PinLocked.class);
        assertThat(refusals).containsExactlyElementsOf(expected);
    }

    @Test
    void certification() {
        DemoPerson pensioner = first(p -> p.entitlements().stream().anyMatch(e -> e.kind() == BenefitKind.EMPLOYEE_PENSION
                && e.suspendedBecause().isEmpty()) && p.entitlements().stream().noneMatch(e -> e.kind() == BenefitKind.DEPENDANTS));
        DemoPerson suspended = first(p -> p.entitlements().stream().anyMatch(e -> e.suspendedBecause().isPresent()));
        BenefitKind suspendedKind = suspended.entitlements().stream().filter(e -> e.suspendedBecause().isPresent())
                .findFirst().orElseThrow().kind();
        String id = pensioner.person().idNumber();

        List<Class<?>> refusals = bothAlike((system, t) -> {
            t.step("entitlements", () -> system.entitlements(id));
            t.step("certify", () -> system.recordCertification(id, BenefitKind.EMPLOYEE_PENSION));
            t.step("certify what is not received", () -> system.recordCertification(id, BenefitKind.DEPENDANTS));
            t.step("certify a suspended benefit", () -> system.recordCertification(suspended.person().idNumber(), suspendedKind));
            t.step("certify for nobody", () -> system.recordCertification(NOBODY, BenefitKind.EMPLOYEE_PENSION));
            t.step("entitlements after", () -> system.entitlements(id));
        });

        assertThat(refusals).containsExactly(BusinessException.NothingToDo.class, BusinessException.NothingToDo.class,
                BusinessException.UnknownPerson.class);
    }

    @Test
    void faceComparison() {
        String id = first(p -> !p.entitlements().isEmpty()).person().idNumber();
        String other = first(p -> !p.person().idNumber().equals(id)).person().idNumber();
        FaceSample same = sample(id);
        FaceSample someoneElse = sample(other);
        FaceSample notATemplate = new FaceSample(new byte[12]);

        List<Class<?>> refusals = bothAlike((system, t) -> {
            t.step("the same face", () -> system.compareFace(id, same));
            t.step("another face", () -> system.compareFace(id, someoneElse));
            t.step("not a template", () -> system.compareFace(id, notATemplate));
            t.step("face of nobody", () -> system.compareFace(NOBODY, same));
        });

        assertThat(refusals).containsExactly(BusinessException.NothingToDo.class, BusinessException.UnknownPerson.class);
        assertThat(same.template()).as("the caller's sample is the caller's to wipe").isNotEqualTo(new byte[FaceTemplate.LENGTH]);
    }

    /** The template of the person's drawn face as a camera would see it: noisy and a little off centre. */
    private static FaceSample sample(String idNumber) {
        byte[] luma = SyntheticFace.of(idNumber).draw(new SyntheticFace.Pose(0.05, false, 2, 1), new SplittableRandom(1));
        FaceFeatures features = FaceFeatures.of(SyntheticFace.WIDTH, SyntheticFace.HEIGHT, luma).orElseThrow();
        return new FaceSample(FaceTemplate.of(SyntheticFace.WIDTH, luma, features));
    }

    @Test
    void applications() {
        DemoPerson unemployed = first(p -> p.separation().isPresent() && p.separation().get().registeredUnemployedOn().isPresent());
        DemoPerson working = first(p -> p.separation().isEmpty());
        DemoPerson skilled = first(p -> !p.skillCertificates().isEmpty());
        String id = skilled.person().idNumber();
        String subject = skilled.skillCertificates().get(0).occupation() + "/" + skilled.skillCertificates().get(0).level();

        List<Class<?>> refusals = bothAlike((system, t) -> {
            t.step("separation", () -> system.separation(unemployed.person().idNumber()));
            t.step("no separation", () -> system.separation(working.person().idNumber()));
            t.step("skill certificates", () -> system.skillCertificates(id));
            t.step("no applications yet", () -> system.applications(id));
            t.step("submit", () -> system.submit(id, ApplicationKind.SKILL_UPGRADE_SUBSIDY, subject));
            t.step("submit twice", () -> system.submit(id, ApplicationKind.SKILL_UPGRADE_SUBSIDY, subject));
            t.step("submit for nobody", () -> system.submit(NOBODY, ApplicationKind.UNEMPLOYMENT_BENEFIT, "x"));
            t.step("applications", () -> system.applications(id));
        });

        assertThat(refusals).containsExactly(BusinessException.DuplicateApplication.class,
                BusinessException.UnknownPerson.class);
    }
}
