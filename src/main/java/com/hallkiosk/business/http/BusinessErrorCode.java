package com.hallkiosk.business.http;

import com.hallkiosk.business.BusinessException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each {@link BusinessException} as an HTTP status and a stable code, and back: 404 for an unknown person
 * or card, 409 for a state that does not allow the operation, 422 for a refusal of what was asked (a wrong
 * PIN, someone else's card), 503 when the business system could not answer.
 */
enum BusinessErrorCode {
    UNKNOWN_PERSON("unknown-person", 404, BusinessException.UnknownPerson.class,
            error -> new BusinessException.UnknownPerson()),
    UNKNOWN_CARD("unknown-card", 404, BusinessException.UnknownCard.class,
            error -> new BusinessException.UnknownCard()),
    HOLDER_MISMATCH("holder-mismatch", 422, BusinessException.HolderMismatch.class,
            error -> new BusinessException.HolderMismatch()),
    CARD_NOT_IN_STATE("card-not-in-state", 409, BusinessException.CardNotInState.class,
            // An EnumSet, as the central's own refusal had: the message lists the states in the set's order.
            error -> new BusinessException.CardNotInState(error.actual(), EnumSet.copyOf(error.required()))),
    WRONG_PIN("wrong-pin", 422, BusinessException.WrongPin.class,
            error -> new BusinessException.WrongPin(error.triesLeft())),
    PIN_LOCKED("pin-locked", 422, BusinessException.PinLocked.class,
            error -> new BusinessException.PinLocked()),
    PIN_REJECTED("pin-rejected", 422, BusinessException.PinRejected.class,
            error -> new BusinessException.PinRejected(error.message())),
    NOT_REPRESENTATIVE("not-representative", 422, BusinessException.NotRepresentative.class,
            error -> new BusinessException.NotRepresentative()),
    NOTHING_TO_DO("nothing-to-do", 422, BusinessException.NothingToDo.class,
            error -> new BusinessException.NothingToDo(error.message())),
    DUPLICATE_APPLICATION("duplicate-application", 409, BusinessException.DuplicateApplication.class,
            error -> new BusinessException.DuplicateApplication()),
    UNAVAILABLE("unavailable", 503, BusinessException.Unavailable.class,
            error -> new BusinessException.Unavailable("the central answered, but its business system could not",
                    null));

    private final String code;
    private final int status;
    private final Class<? extends BusinessException> type;
    private final Function<BusinessError, BusinessException> rebuild;

    BusinessErrorCode(String code, int status, Class<? extends BusinessException> type,
            Function<BusinessError, BusinessException> rebuild) {
        this.code = code;
        this.status = status;
        this.type = type;
        this.rebuild = rebuild;
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }

    static BusinessErrorCode of(BusinessException refusal) {
        return Arrays.stream(values()).filter(value -> value.type.isInstance(refusal)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no code for " + refusal.getClass()));
    }

    /** The code's exception, or empty for a code this kiosk does not know (a newer central) or an incomplete body. */
    static Optional<BusinessException> rebuild(BusinessError error) {
        return Arrays.stream(values()).filter(value -> value.code.equals(error.error())).findFirst()
                .flatMap(value -> {
                    try {
                        return Optional.of(value.rebuild.apply(error));
                    } catch (RuntimeException incomplete) {
                        return Optional.empty();
                    }
                });
    }
}
