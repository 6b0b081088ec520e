package com.hallkiosk.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoPopulation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CardServicesTest {
    private static final char[] DEMO_PIN = DemoPopulation.DEMO_PIN.toCharArray();
    private static final char[] NEW_PIN = "802417".toCharArray();
    private static final char[] WRONG_PIN = "999990".toCharArray();

    @TempDir
    Path directory;
    private BusinessFixture fixture;
    private BusinessSystem business;
    private ExecutorService threads;

    @BeforeEach
    void load() throws Exception {
        fixture = new BusinessFixture(directory);
        business = fixture.system();
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void findsACardByItsHolderAndByItsNumber() throws Exception {
        DemoPerson person = fixture.first(CardState.NORMAL);

        Card card = business.cardOf(person.person().idNumber());

        assertThat(card.cardNumber()).isEqualTo(person.card().cardNumber());
        assertThat(card.issuingBank()).isEqualTo(person.card().issuingBank());
        assertThat(card.bankAccount()).isEqualTo(person.card().bankAccount()).hasSize(19);
        assertThat(card.maskedBankAccount()).isEqualTo(card.bankAccount().substring(0, 6) + "*********"
                + card.bankAccount().substring(15));
        assertThat(card.expiryDate()).isEqualTo(person.card().expiryDate());
        assertThat(business.cardByNumber(card.cardNumber())).isEqualTo(card);
        assertThat(business.personByCardNumber(card.cardNumber())).isEqualTo(person.person());
        assertThat(card.toString()).doesNotContain(card.cardNumber(), person.person().idNumber(), card.bankAccount());
    }

    @Test
    void unknownCardsAndPeopleAreRefused() {
        assertThatThrownBy(() -> business.cardByNumber("Z00000000")).isInstanceOf(BusinessException.UnknownCard.class);
        assertThatThrownBy(() -> business.cardOf("110101199001011237")).isInstanceOf(BusinessException.UnknownPerson.class);
        assertThatThrownBy(() -> business.personByIdNumber("110101199001011237"))
                .isInstanceOf(BusinessException.UnknownPerson.class);
    }

    @Test
    void activationTurnsASealedCardNormalWithTheChosenPin() throws Exception {
        DemoPerson person = fixture.first(CardState.SEALED);
        String cardNumber = person.card().cardNumber();

        Card card = business.activate(cardNumber, person.person().idNumber(), NEW_PIN);

        assertThat(card.state()).isEqualTo(CardState.NORMAL);
        assertThat(card.stateSince()).isEqualTo(BusinessFixture.AS_OF);
        assertThat(business.verifyPin(cardNumber, NEW_PIN).pinTriesLeft()).isEqualTo(CardServices.PIN_TRY_LIMIT);
        assertThatThrownBy(() -> business.activate(cardNumber, person.person().idNumber(), NEW_PIN))
                .isInstanceOfSatisfying(BusinessException.CardNotInState.class,
                        e -> assertThat(e.actual()).isEqualTo(CardState.NORMAL));
    }

    @Test
    void activationRefusesAnotherPersonsIdCardAndATrivialPin() {
        DemoPerson person = fixture.first(CardState.SEALED);
        DemoPerson other = fixture.first(CardState.NORMAL);

        assertThatThrownBy(() -> business.activate(person.card().cardNumber(), other.person().idNumber(), NEW_PIN))
                .isInstanceOf(BusinessException.HolderMismatch.class);
        for (String trivial : List.of("111111", "123456", "987654", "12345", "12a456")) {
            assertThatThrownBy(() -> business.activate(person.card().cardNumber(), person.person().idNumber(),
                    trivial.toCharArray())).isInstanceOf(BusinessException.PinRejected.class);
        }
    }

    @Test
    void sixWrongPinsLockTheCardAndAResetOpensIt() throws Exception {
        DemoPerson person = fixture.first(CardState.NORMAL);
        String cardNumber = person.card().cardNumber();

        for (int left = CardServices.PIN_TRY_LIMIT - 1; left >= 1; left--) {
            int expected = left;
            assertThatThrownBy(() -> business.verifyPin(cardNumber, WRONG_PIN))
                    .isInstanceOfSatisfying(BusinessException.WrongPin.class, e -> assertThat(e.triesLeft()).isEqualTo(expected));
        }
        assertThatThrownBy(() -> business.verifyPin(cardNumber, WRONG_PIN)).isInstanceOf(BusinessException.PinLocked.class);
        assertThatThrownBy(() -> business.verifyPin(cardNumber, DEMO_PIN)).isInstanceOf(BusinessException.PinLocked.class);
        assertThat(business.cardByNumber(cardNumber).pinLocked()).isTrue();

        Card reset = business.resetPin(cardNumber, person.person().idNumber(), NEW_PIN);

        assertThat(reset.pinTriesLeft()).isEqualTo(CardServices.PIN_TRY_LIMIT);
        assertThat(business.verifyPin(cardNumber, NEW_PIN).pinLocked()).isFalse();
    }

    @Test
    void aRightPinRestoresTheTries() throws Exception {
        DemoPerson person = fixture.first(CardState.NORMAL);
        String cardNumber = person.card().cardNumber();
        assertThatThrownBy(() -> business.verifyPin(cardNumber, WRONG_PIN)).isInstanceOf(BusinessException.WrongPin.class);

        assertThat(business.verifyPin(cardNumber, DEMO_PIN).pinTriesLeft()).isEqualTo(CardServices.PIN_TRY_LIMIT);
    }

    @Test
    void aPinChangeNeedsTheOldPin() throws Exception {
        DemoPerson person = fixture.first(CardState.NORMAL);
        String cardNumber = person.card().cardNumber();

        assertThatThrownBy(() -> business.changePin(cardNumber, WRONG_PIN, NEW_PIN)).isInstanceOf(BusinessException.WrongPin.class);
        business.changePin(cardNumber, DEMO_PIN, NEW_PIN);

        assertThat(business.verifyPin(cardNumber, NEW_PIN).pinTriesLeft()).isEqualTo(CardServices.PIN_TRY_LIMIT);
        assertThatThrownBy(() -> business.verifyPin(cardNumber, DEMO_PIN)).isInstanceOf(BusinessException.WrongPin.class);
    }

    @Test
    void pinOperationsNeedANormalCard() {
        DemoPerson person = fixture.first(CardState.SEALED);

        assertThatThrownBy(() -> business.verifyPin(person.card().cardNumber(), DEMO_PIN))
                .isInstanceOf(BusinessException.CardNotInState.class);
        assertThatThrownBy(() -> business.resetPin(person.card().cardNumber(), person.person().idNumber(), NEW_PIN))
                .isInstanceOf(BusinessException.CardNotInState.class);
    }

    @Test
    void aTemporaryLossIsLiftedAndAFormalOneIsNot() throws Exception {
        DemoPerson person = fixture.first(CardState.NORMAL);
        String id = person.person().idNumber();
        String cardNumber = person.card().cardNumber();

        assertThat(business.reportLoss(id, LossKind.TEMPORARY).state()).isEqualTo(CardState.TEMPORARILY_LOST);
        assertThatThrownBy(() -> business.reportLoss(id, LossKind.TEMPORARY)).isInstanceOf(BusinessException.CardNotInState.class);
        assertThat(business.unlock(cardNumber, id).state()).isEqualTo(CardState.NORMAL);
        assertThat(business.reportLoss(id, LossKind.FORMAL).state()).isEqualTo(CardState.FORMALLY_LOST);
        assertThatThrownBy(() -> business.unlock(cardNumber, id))
                .isInstanceOfSatisfying(BusinessException.CardNotInState.class,
                        e -> assertThat(e.required()).containsExactly(CardState.TEMPORARILY_LOST));
    }

    @Test
    void aCancelledCardStaysCancelled() throws Exception {
        DemoPerson person = fixture.first(CardState.FORMALLY_LOST);
        String id = person.person().idNumber();

        assertThat(business.cancel(person.card().cardNumber(), id).state()).isEqualTo(CardState.CANCELLED);
        assertThatThrownBy(() -> business.cancel(person.card().cardNumber(), id))
                .isInstanceOf(BusinessException.CardNotInState.class);
        assertThatThrownBy(() -> business.reportLoss(id, LossKind.FORMAL)).isInstanceOf(BusinessException.CardNotInState.class);
    }

    /** Two central processes (two systems, two connections) activating the same card at once: one wins. */
    @Test
    void concurrentActivationsOfOneCardSucceedExactlyOnce() throws Exception {
        List<DemoPerson> sealed = fixture.population.people().filter(p -> p.card().state() == CardState.SEALED)
                .limit(10).toList();
        BusinessSystem otherProcess = fixture.system();
        for (DemoPerson person : sealed) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (BusinessSystem central : List.of(business, otherProcess)) {
                Callable<Boolean> attempt = () -> {
                    start.await();
                    try {
                        central.activate(person.card().cardNumber(), person.person().idNumber(), NEW_PIN);
                        return true;
                    } catch (BusinessException.CardNotInState e) {
                        return false;
                    }
                };
                attempts.add(threads.submit(attempt));
            }
            start.countDown();
            int successes = 0;
            for (Future<Boolean> attempt : attempts) {
                successes += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(successes).as("activations of one card").isEqualTo(1);
        }
    }

    /** Concurrent wrong PINs each cost one try: none is lost, so six always lock. */
    @Test
    void concurrentWrongPinsEachCostATry() throws Exception {
        DemoPerson person = fixture.first(CardState.NORMAL);
        String cardNumber = person.card().cardNumber();
        BusinessSystem otherProcess = fixture.system();
        List<Future<?>> attempts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            BusinessSystem central = i % 2 == 0 ? business : otherProcess;
            attempts.add(threads.submit(() -> {
                try {
                    central.verifyPin(cardNumber, WRONG_PIN);
                } catch (BusinessException.WrongPin expected) {
                    return null;
                }
                return null;
            }));
        }
        for (Future<?> attempt : attempts) {
            attempt.get(30, TimeUnit.SECONDS);
        }

        assertThat(business.cardByNumber(cardNumber).pinTriesLeft()).isEqualTo(CardServices.PIN_TRY_LIMIT - 4);
    }
}
