package com.hallkiosk.items;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.CardState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The card an item is about, as the central has it, looked up on the items' confirm step so that a card in
 * the wrong state or of someone else is refused in words before any PIN is asked or anything is sent.
 */
public final class HolderCards {
    private HolderCards() {
    }

    /**
     * The card that was read, or the person's current card when only the ID card was read; refused with
     * {@link BusinessException.HolderMismatch} when the central has it under another person, and with
     * {@link BusinessException.CardNotInState} when it is not {@code required}.
     */
    public static Card inState(CardServices cards, Identity who, CardState required) throws BusinessException {
        Card card = who.cardNumber().isPresent() ? cards.cardByNumber(who.cardNumber().get()) : cards.cardOf(who.idNumber());
        if (!card.idNumber().equalsIgnoreCase(who.idNumber())) {
            throw new BusinessException.HolderMismatch();
        }
        if (card.state() != required) {
            throw new BusinessException.CardNotInState(card.state(), EnumSet.of(required));
        }
        return card;
    }

    /** The first lines of a card item's confirm step: what will be done, for whom, to which card (masked). */
    public static List<String> confirmLines(String what, Identity who, Card card) {
        List<String> lines = new ArrayList<>();
        lines.add(what);
        lines.add(who.holderLine());
        lines.add("卡号：" + card.maskedCardNumber());
        return lines;
    }
}
