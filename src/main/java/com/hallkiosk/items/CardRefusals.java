package com.hallkiosk.items;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.CardState;

/**
 * The refusals of the central that the card items put in the same words: a card in a state the operation does
 * not start from, a card of someone else, a card the central does not know, a new PIN it will not take. Each
 * says what was not done ({@code notDone}, e.g. "密码没有修改") or could not be done ({@code action}, e.g. "修改密码");
 * an item words its own refusals (a wrong PIN, a state it explains otherwise) before asking these.
 */
public final class CardRefusals {
    private CardRefusals() {
    }

    /** Why nothing can be done with a card in {@code actual}, and what the person does about it. */
    public static String state(CardState actual, String action) {
        return switch (actual) {
            case SEALED -> "这张卡还没有启用，不能" + action + "。请先办理社会保障卡启用，启用时设置密码。";
            case NORMAL -> "这张卡是正常状态，不需要" + action + "。";
            case TEMPORARILY_LOST -> "这张卡现在是临时挂失状态，不能" + action + "。卡找回了，请先办理解挂。";
            case FORMALLY_LOST -> "这张卡已正式挂失，不能再使用，也不能" + action + "，请办理补卡。";
            case CANCELLED -> "这张卡已注销，不能再使用，也不能" + action + "。";
        };
    }

    /** Any other refusal of a card operation, with what was not done. */
    public static String other(BusinessException refused, String notDone) {
        if (refused instanceof BusinessException.PinRejected) {
            return "业务系统认为这个新密码太容易被猜到，" + notDone + "。请换一个密码再办理一次。";
        }
        if (refused instanceof BusinessException.HolderMismatch) {
            return "这张社保卡在业务系统里登记的不是这位持卡人，" + notDone + "。";
        }
        if (refused instanceof BusinessException.UnknownCard || refused instanceof BusinessException.UnknownPerson) {
            return "业务系统里没有查到这张卡，" + notDone + "。";
        }
        return "业务系统没有办理，" + notDone + "。";
    }
}
