package com.hallkiosk.items.pinreset;

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
import java.util.List;

/**
 * 社会保障卡密码重置: a new PIN without the old one, the tries restored, for a forgotten or locked PIN. The seed is
 * 003 pkg 10 (抚顺 "社保卡服务包"), sub-item {@code "社会保障卡密码修改与重置"}:
 * {@code "申请人携带社保卡和本人有效身份证件到社保卡管理大厅任意服务窗口办理密码重置手续。"} So the person identifies with
 * the card and their ID card ({@link IdentitySource#ID_CARD_AND_CARD}), checked to be one person before anything
 * is sent. No seed lets a terminal reset a PIN: the package names no self-service channel, and no region's
 * catalog has an item of this name. The item is therefore off wherever {@link com.hallkiosk.items.EnabledItems}
 * finds no such catalog item allowed at a terminal, which with today's catalogs is everywhere.
 */
public final class PinResetItem implements SelfServiceItem {
    public static final String ID = "card-pin-reset";
    /** 003 pkg 10 writes the sub-item both ways (说明 and step 2); the PIN change is the same catalog item. */
    public static final List<String> CATALOG_NAMES = List.of("社会保障卡密码修改与重置", "社保卡密码修改与重置");

    private final CardServices cards;

    public PinResetItem(CardServices cards) {
        this.cards = cards;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> catalogNames() {
        return CATALOG_NAMES;
    }

    @Override
    public List<IdentitySource> identifiedBy() {
        return List.of(IdentitySource.ID_CARD_AND_CARD);
    }

    /** Looks the card up: the central resets the PIN of a 正常 card only. */
    @Override
    public Confirmation confirmation(Identity who, Choice chosen) throws BusinessException {
        Card card = HolderCards.inState(cards, who, CardState.NORMAL);
        List<String> lines = HolderCards.confirmLines("重置社会保障卡密码：不用输入原密码，设置一个新密码", who, card);
        lines.add("身份证和社保卡已核对为同一人");
        lines.add(card.pinLocked()
                ? "这张卡的密码现在是锁定的（连续输错了" + CardServices.PIN_TRY_LIMIT + "次）；重置后就可以用新密码了。"
                : "重置后，原来的密码不能再用。");
        lines.add("点“" + confirmLabel() + "”后，请输入两次新密码。");
        return Confirmation.of(lines);
    }

    @Override
    public List<PinPrompt> pins(Choice chosen) {
        return List.of(PinPrompt.NEW, PinPrompt.NEW_AGAIN);
    }

    @Override
    public String confirmLabel() {
        return "确认重置";
    }

    @Override
    public ItemOutcome act(Identity who, Choice chosen, EnteredPins pins) throws BusinessException {
        String cardNumber = who.cardNumber().orElseThrow(BusinessException.UnknownCard::new);
        Card card = cards.resetPin(cardNumber, who.idNumber(), pins.chosen().orElseThrow().digits());
        return new ItemOutcome(List.of("卡号：" + card.maskedCardNumber(), "密码已重置",
                "密码可以输错的次数已恢复为" + card.pinTriesLeft() + "次"),
                List.of("请记住新密码，不要告诉别人；密码连续输错" + CardServices.PIN_TRY_LIMIT + "次，卡会被锁定。",
                        "社会保障卡密码的其他办理渠道："),
                "PIN reset, tries " + card.pinTriesLeft());
    }

    @Override
    public String refusal(BusinessException refused) {
        if (refused instanceof BusinessException.CardNotInState notInState) {
            return CardRefusals.state(notInState.actual(), "重置密码");
        }
        return CardRefusals.other(refused, "密码没有重置");
    }
}
