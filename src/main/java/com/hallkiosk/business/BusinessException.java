package com.hallkiosk.business;

import java.util.Set;

/**
 * Everything a {@link BusinessSystem} call can refuse, as a closed list. Checked exceptions rather than a
 * sealed result: every call's success is a plain value the item uses directly, and Java 17 has no pattern
 * switch, so a result type would be an instanceof chain at every call site; a checked, sealed parent makes
 * the compiler ask each caller to handle the refusals and keeps the list of them finite for the HTTP adapter
 * that will map each to a reply.
 */
public abstract sealed class BusinessException extends Exception {
    private BusinessException(String message) {
        super(message);
    }

    private BusinessException(String message, Throwable cause) {
        super(message, cause);
    }

    /** No person with this identity number (or no card with this number leads to one). */
    public static final class UnknownPerson extends BusinessException {
        public UnknownPerson() {
            super("no such person");
        }
    }

    /** No social security card with this card number, or the person has no card. */
    public static final class UnknownCard extends BusinessException {
        public UnknownCard() {
            super("no such social security card");
        }
    }

    /** The card is not the card of the person identified (ID card and 社保卡 of different people). */
    public static final class HolderMismatch extends BusinessException {
        public HolderMismatch() {
            super("the card belongs to someone else");
        }
    }

    /** The card is not in a state the operation starts from, e.g. activating a card that is already 正常. */
    public static final class CardNotInState extends BusinessException {
        private final CardState actual;
        private final Set<CardState> required;

        public CardNotInState(CardState actual, Set<CardState> required) {
            super("the card is " + actual + ", the operation needs " + required);
            this.actual = actual;
            this.required = Set.copyOf(required);
        }

        public CardState actual() {
            return actual;
        }

        public Set<CardState> required() {
            return required;
        }
    }

    /** The PIN was wrong; {@link #triesLeft()} more wrong PINs lock the card (0 never: that is {@link PinLocked}). */
    public static final class WrongPin extends BusinessException {
        private final int triesLeft;

        public WrongPin(int triesLeft) {
            super("wrong PIN, " + triesLeft + " tries left");
            this.triesLeft = triesLeft;
        }

        public int triesLeft() {
            return triesLeft;
        }
    }

    /** Six wrong PINs in a row: the PIN is locked until it is reset (ID card + card, or at a window). */
    public static final class PinLocked extends BusinessException {
        public PinLocked() {
            super("the PIN is locked after " + CardServices.PIN_TRY_LIMIT + " wrong tries");
        }
    }

    /** A new PIN that is not 6 digits or is trivial (all the same digit, a run such as 123456). */
    public static final class PinRejected extends BusinessException {
        public PinRejected(String why) {
            super(why);
        }
    }

    /** The person is not the legal representative of the unit asked about. */
    public static final class NotRepresentative extends BusinessException {
        public NotRepresentative() {
            super("the person does not represent this unit");
        }
    }

    /** No entitlement of this kind to certify, or a separation to apply on. */
    public static final class NothingToDo extends BusinessException {
        public NothingToDo(String why) {
            super(why);
        }
    }

    /** The same application (person, kind, subject) was already submitted. */
    public static final class DuplicateApplication extends BusinessException {
        public DuplicateApplication() {
            super("this application was already submitted");
        }
    }

    /**
     * The business system could not answer (database down, timeout, the central unreachable for a remote
     * adapter): nothing was changed that the caller can rely on; send the person to a window.
     */
    public static final class Unavailable extends BusinessException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
