package com.hallkiosk.business.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.CardState;
import java.util.Set;

/**
 * A refusal on the wire: {@code {"error":"wrong-pin","triesLeft":3,"message":"wrong PIN, 3 tries left"}}.
 * {@code error} is the stable code a client branches on; the other fields are present only where the typed
 * exception carries them, so that the kiosk rebuilds the very exception the central's system threw.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BusinessError(String error, String message, Integer triesLeft, CardState actual, Set<CardState> required) {
    static BusinessError of(String code, String message) {
        return new BusinessError(code, message, null, null, null);
    }

    static BusinessError of(BusinessException refusal) {
        BusinessErrorCode code = BusinessErrorCode.of(refusal);
        if (refusal instanceof BusinessException.WrongPin wrongPin) {
            return new BusinessError(code.code(), refusal.getMessage(), wrongPin.triesLeft(), null, null);
        }
        if (refusal instanceof BusinessException.CardNotInState notInState) {
            return new BusinessError(code.code(), refusal.getMessage(), null, notInState.actual(), notInState.required());
        }
        if (refusal instanceof BusinessException.Unavailable) {
            // The cause's message is for the central's log; the kiosk only needs to know to send the person on.
            return of(code.code(), "the business system could not answer");
        }
        return of(code.code(), refusal.getMessage());
    }
}
