package com.hallkiosk.items;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.LossKind;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real card services, counting the calls that reach them: how a test sees what was sent to the central.
 * {@code changes} counts the calls that change a card (PIN checks too: a wrong PIN takes a try); with
 * {@code changesUnavailable} set, those fail as an unreachable central would, while look-ups still answer.
 */
final class CountingCards implements CardServices {
    private final CardServices central;
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger changes = new AtomicInteger();
    final AtomicBoolean changesUnavailable = new AtomicBoolean();

    CountingCards(CardServices central) {
        this.central = central;
    }

    @Override
    public Card cardOf(String idNumber) throws BusinessException {
        calls.incrementAndGet();
        return central.cardOf(idNumber);
    }

    @Override
    public Card cardByNumber(String cardNumber) throws BusinessException {
        calls.incrementAndGet();
        return central.cardByNumber(cardNumber);
    }

    @Override
    public Card activate(String cardNumber, String idNumber, char[] newPin) throws BusinessException {
        calls.incrementAndGet();
        change();
        return central.activate(cardNumber, idNumber, newPin);
    }

    @Override
    public Card reportLoss(String idNumber, LossKind kind) throws BusinessException {
        calls.incrementAndGet();
        change();
        return central.reportLoss(idNumber, kind);
    }

    @Override
    public Card unlock(String cardNumber, String idNumber) throws BusinessException {
        calls.incrementAndGet();
        change();
        return central.unlock(cardNumber, idNumber);
    }

    @Override
    public Card verifyPin(String cardNumber, char[] pin) throws BusinessException {
        calls.incrementAndGet();
        change();
        return central.verifyPin(cardNumber, pin);
    }

    @Override
    public Card changePin(String cardNumber, char[] oldPin, char[] newPin) throws BusinessException {
        calls.incrementAndGet();
        change();
        return central.changePin(cardNumber, oldPin, newPin);
    }

    @Override
    public Card resetPin(String cardNumber, String idNumber, char[] newPin) throws BusinessException {
        calls.incrementAndGet();
        change();
        return central.resetPin(cardNumber, idNumber, newPin);
    }

    @Override
    public Card cancel(String cardNumber, String idNumber) throws BusinessException {
        calls.incrementAndGet();
        change();
        return central.cancel(cardNumber, idNumber);
    }

    private void change() throws BusinessException {
        changes.incrementAndGet();
        if (changesUnavailable.get()) {
            throw new BusinessException.Unavailable("the business database did not answer (test)", null);
        }
    }
}
