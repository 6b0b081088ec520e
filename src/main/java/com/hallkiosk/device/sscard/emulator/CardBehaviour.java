package com.hallkiosk.device.sscard.emulator;

import com.hallkiosk.device.sscard.PinApdus;

/**
 * How a virtual card behaves at the transport level, beyond its data.
 *
 * @param strictLe    answer {@code 6C xx} to any READ RECORD / GET RESPONSE whose Le is not the exact
 *                    length (and to one without Le), as T=0 cards do (protocols §2.3 step 4); otherwise
 *                    answer the data whatever the Le, as the sources observed ("Le seems to have no effect")
 * @param fciPending  answer SELECT SSSE with {@code 61 xx} and hand out the FCI on GET RESPONSE (T=0)
 * @param pinTryLimit wrong PINs in a row that block the PIN ("6 wrong PINs lock the card")
 * @param pinApdus    the PIN commands the card answers: the same [UNVERIFIED] configuration as the reader's
 */
public record CardBehaviour(boolean strictLe, boolean fciPending, int pinTryLimit, PinApdus pinApdus) {
    public static final int PIN_TRY_LIMIT = 6;

    /** A contact card on T=0: 6Cxx for a wrong Le, 61xx after SELECT SSSE, 6 PIN tries. */
    public static CardBehaviour t0Card() {
        return new CardBehaviour(true, true, PIN_TRY_LIMIT, PinApdus.defaults());
    }

    /** A card that ignores Le and answers SELECT with 9000 directly. */
    public static CardBehaviour lenientCard() {
        return new CardBehaviour(false, false, PIN_TRY_LIMIT, PinApdus.defaults());
    }
}
