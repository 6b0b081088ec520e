package com.hallkiosk.items.cancellation;

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
import com.hallkiosk.items.SelfServiceItem;
import java.util.ArrayList;
import java.util.List;

/**
 * 社会保障卡注销, where the region's catalog lets a terminal do it. The seeds:
 * <ul>
 *   <li>002 #2 (海城) {@code "name": "社会保障卡注销"}: 窗口办 and 网上办 only,
 *       {@code "selfService": {"allowed": false, …}}, so never at a terminal there;</li>
 *   <li>004 #27 (山东) {@code "name": "社会保障卡（社会保障功能）注销"}, {@code "conditions": "转出统筹外人员。"}, material
 *       {@code "本人身份证或社会保障卡"}, {@code "1、可通过…一体机办理社会保障卡注销。"}; the online channel starts with
 *       {@code "社会保障卡卡状态正常，可通过…"}; the note says the bank account and the medical insurance account are
 *       dealt with apart ({@link CancellationRules}).</li>
 * </ul>
 * Only Shandong's catalog allows it at a terminal; which region offers it is {@link com.hallkiosk.items.EnabledItems}'
 * decision from the catalog, never this class's. What the seeds leave open, decided here:
 * <ul>
 *   <li>the state: 004 #27 asks for a 正常 card online and says nothing for the 一体机, so the kiosk follows the online
 *       rule, the most specific one, and says so when it refuses another state (a lost or unactivated card goes to
 *       the window);</li>
 *   <li>the identification: "本人身份证或社会保障卡" takes either; the kiosk takes the ID card, because a found 社保卡
 *       with nobody to look at its holder would let anyone cancel someone's card, and a cancellation cannot be
 *       undone (the central moves nothing out of 注销).</li>
 * </ul>
 * The condition (转出统筹外人员) is nothing the central records, so the confirm step states it and the person confirms
 * it; the confirm step also says the cancellation cannot be undone.
 */
public final class CancellationItem implements SelfServiceItem {
    public static final String ID = "card-cancellation";

    private final CardServices cards;
    private final CancellationRules rules;

    public CancellationItem(CardServices cards, CancellationRules rules) {
        this.cards = cards;
        this.rules = rules;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> catalogNames() {
        return List.of("社会保障卡注销", "社会保障卡（社会保障功能）注销");
    }

    @Override
    public List<IdentitySource> identifiedBy() {
        return List.of(IdentitySource.ID_CARD);
    }

    /** Looks the person's card up: only a 正常 card is cancelled here. */
    @Override
    public Confirmation confirmation(Identity who, Choice chosen) throws BusinessException {
        Card card = HolderCards.inState(cards, who, CardState.NORMAL);
        List<String> lines = HolderCards.confirmLines("注销社会保障卡（社会保障功能）", who, card);
        lines.add("发卡银行：" + card.issuingBank());
        rules.condition().ifPresent(condition -> lines.add("办理条件：" + condition + "符合这个条件才能注销。"));
        lines.add("请注意：注销后这张卡不能再使用。注销不能撤销，卡也不能恢复。");
        lines.addAll(rules.afterwards());
        return Confirmation.of(lines);
    }

    @Override
    public String confirmLabel() {
        return "确认注销";
    }

    @Override
    public ItemOutcome act(Identity who, Choice chosen, EnteredPins pins) throws BusinessException {
        Card current = HolderCards.inState(cards, who, CardState.NORMAL);
        Card card = cards.cancel(current.cardNumber(), who.idNumber());
        List<String> next = new ArrayList<>();
        next.add("这张卡已注销，不能再使用。");
        next.addAll(rules.afterwards());
        next.add("社会保障卡注销的其他办理渠道：");
        return new ItemOutcome(List.of("卡号：" + card.maskedCardNumber(), "卡状态：" + card.state().chinese()), next,
                current.state().name() + " -> " + card.state().name());
    }

    @Override
    public String refusal(BusinessException refused) {
        if (refused instanceof BusinessException.CardNotInState notInState) {
            if (notInState.actual() == CardState.CANCELLED) {
                return "这张卡已经注销了，不用再注销。";
            }
            return "这张卡现在是" + notInState.actual().chinese() + "状态。办事指南写明线上注销要求卡状态正常，"
                    + "这台机器也只注销状态正常的卡，这次没有注销。";
        }
        return CardRefusals.other(refused, "这次没有注销");
    }
}
