package com.hallkiosk.items.pinchange;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.CardState;
import com.hallkiosk.items.CardRefusals;
import com.hallkiosk.items.Choice;
import com.hallkiosk.items.Confirmation;
import com.hallkiosk.items.EnteredPins;
import com.hallkiosk.items.HolderCards;
import com.hallkiosk.items.Identity;
import com.hallkiosk.items.IdentitySource;
import com.hallkiosk.items.ItemOutcome;
import com.hallkiosk.items.PinPrompt;
import com.hallkiosk.items.SelfServiceItem;
import com.hallkiosk.items.pinreset.PinResetItem;
import com.hallkiosk.items.pinreset.PinResetPlaces;
import java.util.List;

/**
 * 社会保障卡密码修改: the old PIN, then the new one twice. The seed is 003 pkg 10 (抚顺 "社保卡服务包"), whose sub-item
 * {@code "社会保障卡密码修改与重置"} gives no procedure for the change (its discrepancy: "describes only 密码重置手续"),
 * and names no self-service channel; no region's catalog has an item of this name, so
 * {@link com.hallkiosk.items.EnabledItems} leaves it off with today's catalogs, as it does the reset.
 *
 * <p>The person identifies with the card alone: the old PIN is what proves they hold it. The card's retry counter
 * is shown honestly before any PIN is typed (the central's {@link Card#pinTriesLeft()}); a locked card is refused
 * then, with where to reset it. Every wrong old PIN takes a try at the central ({@link CardServices#changePin}),
 * the sixth locks the card (the issue: "6 wrong PINs lock the card and the screen says where to reset it").
 */
public final class PinChangeItem implements SelfServiceItem {
    public static final String ID = "card-pin-change";

    private final CardServices cards;
    private final PinResetPlaces resetPlaces;

    public PinChangeItem(CardServices cards, PinResetPlaces resetPlaces) {
        this.cards = cards;
        this.resetPlaces = resetPlaces;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> catalogNames() {
        return PinResetItem.CATALOG_NAMES;
    }

    @Override
    public List<IdentitySource> identifiedBy() {
        return List.of(IdentitySource.SOCIAL_SECURITY_CARD);
    }

    /** Looks the card up: a card that is not 正常, or whose PIN is locked, goes no further. */
    @Override
    public Confirmation confirmation(Identity who, Choice chosen) throws BusinessException {
        Card card = HolderCards.inState(cards, who, CardState.NORMAL);
        if (card.pinLocked()) {
            throw new BusinessException.PinLocked();
        }
        List<String> lines = HolderCards.confirmLines("修改社会保障卡密码", who, card);
        lines.add(triesLeft(card.pinTriesLeft()));
        lines.add("点“" + confirmLabel() + "”后，先输入原密码，再输入两次新密码。");
        return Confirmation.of(lines);
    }

    @Override
    public List<PinPrompt> pins(Choice chosen) {
        return List.of(PinPrompt.CURRENT, PinPrompt.NEW, PinPrompt.NEW_AGAIN);
    }

    @Override
    public String confirmLabel() {
        return "确认修改";
    }

    @Override
    public ItemOutcome act(Identity who, Choice chosen, EnteredPins pins) throws BusinessException {
        String cardNumber = who.cardNumber().orElseThrow(BusinessException.UnknownCard::new);
        Card card = cards.changePin(cardNumber, pins.current().orElseThrow().digits(), pins.chosen().orElseThrow().digits());
        return new ItemOutcome(List.of("卡号：" + card.maskedCardNumber(), "密码已修改", triesLeft(card.pinTriesLeft())),
                List.of("请记住新密码，不要告诉别人。", "社会保障卡密码的其他办理渠道："), "PIN changed");
    }

    @Override
    public String refusal(BusinessException refused) {
        if (refused instanceof BusinessException.WrongPin wrong) {
            return "原密码不对，密码没有修改。" + triesLeft(wrong.triesLeft()) + "忘记了原密码，可以重置密码。"
                    + resetPlaces.words();
        }
        if (refused instanceof BusinessException.PinLocked) {
            return "这张卡的密码已经连续输错" + CardServices.PIN_TRY_LIMIT + "次，被锁定了，密码不能修改，要重置密码后才能再用。"
                    + resetPlaces.words();
        }
        if (refused instanceof BusinessException.CardNotInState notInState) {
            return CardRefusals.state(notInState.actual(), "修改密码");
        }
        return CardRefusals.other(refused, "密码没有修改");
    }

    /** The retry counter as the person needs it: how many wrong PINs are left, and what the last one does. */
    private static String triesLeft(int left) {
        return "密码还可以输错" + left + "次；连续输错" + CardServices.PIN_TRY_LIMIT + "次，卡会被锁定。";
    }
}
