package com.hallkiosk.items.lossreport;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.CardState;
import com.hallkiosk.business.LossKind;
import com.hallkiosk.calendar.ChineseDates;
import com.hallkiosk.items.Choice;
import com.hallkiosk.items.Confirmation;
import com.hallkiosk.items.EnteredPins;
import com.hallkiosk.items.Identity;
import com.hallkiosk.items.IdentitySource;
import com.hallkiosk.items.ItemOutcome;
import com.hallkiosk.items.SelfServiceItem;
import java.util.ArrayList;
import java.util.List;

/**
 * 社会保障卡挂失: the card is lost, so the person identifies with the ID card alone, chooses 临时挂失 or
 * 正式挂失, and the central moves the card. The seeds it follows:
 * <ul>
 *   <li>000 #27 (鞍山铁东) {@code "name": "社会保障卡挂失与解挂"}, {@code "conditions": "辽宁省省直正常状态的社保卡丢失后，
 *       持卡人应当及时办理挂失手续…"}, material {@code "持卡人应当持有效身份证件；"},
 *       {@code "selfService": {"allowed": true, "where": "合作银行网点", "basis": "④自助办：合作银行网点"}};</li>
 *   <li>001 #38 (抚顺) the same name, {@code "conditions": "抚顺市正常状态的社保卡丢失后…"}, material
 *       {@code "持卡人应当持有效身份证件原件"}, the same selfService;</li>
 *   <li>004 #26 (山东) {@code "name": "社会保障卡（社会保障功能）挂失与解挂"}, {@code "conditions": "临时挂失：社会保障卡丢失且
 *       无法及时办理补换卡；…"}, material {@code "本人身份证或社会保障卡"}, and its terminal channel
 *       {@code "一体机办理社会保障功能临时挂失"}.</li>
 * </ul>
 * The Liaoning guides say "挂失" without naming the kinds; the two kinds and their starting states are the
 * central's ({@link CardServices#reportLoss}: 临时 from 正常, 正式 from 正常 or 临时挂失). 004 #26 describes the
 * temporary loss only, and Shandong's catalog has no 补领 item to say where a new card is had, so there the
 * kiosk offers the temporary loss alone and says that a formal loss is done at a window ({@link LossRules}).
 * None of the seeds names the bank function's loss at the kiosk; 004 #26 sends it to the issuing bank, and the
 * item reminds of that in every region, with the catalog's own note where it has one.
 */
public final class LossReportItem implements SelfServiceItem {
    public static final String ID = "card-loss";
    static final Choice TEMPORARY = new Choice(LossKind.TEMPORARY.name(), "临时挂失");
    static final Choice FORMAL = new Choice(LossKind.FORMAL.name(), "正式挂失");

    private final CardServices cards;
    private final LossRules rules;

    public LossReportItem(CardServices cards, LossRules rules) {
        this.cards = cards;
        this.rules = rules;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> catalogNames() {
        return List.of("社会保障卡挂失与解挂", "社会保障卡（社会保障功能）挂失与解挂");
    }

    @Override
    public List<IdentitySource> identifiedBy() {
        return List.of(IdentitySource.ID_CARD);
    }

    @Override
    public List<Choice> choices(Identity who) {
        return rules.formalLossOffered() ? List.of(TEMPORARY, FORMAL) : List.of(TEMPORARY);
    }

    @Override
    public Confirmation confirmation(Identity who, Choice chosen) {
        List<String> lines = new ArrayList<>();
        lines.add("挂失方式：" + chosen.label());
        lines.add(who.holderLine());
        if (TEMPORARY.equals(chosen)) {
            lines.add("临时挂失后，卡的社会保障功能暂停使用；卡找回了可以解挂。");
            rules.autoLift().ifPresent(rule -> lines.add(rule + "。"));
        } else {
            lines.add("正式挂失后，这张卡不能再使用，也不能解挂，要补办新卡。");
        }
        if (!rules.formalLossOffered()) {
            lines.add("这台机器只办理临时挂失；正式挂失和补卡请到窗口办理。");
        }
        lines.add(bankReminder());
        return Confirmation.of(lines);
    }

    @Override
    public String confirmLabel() {
        return "确认挂失";
    }

    @Override
    public ItemOutcome act(Identity who, Choice chosen, EnteredPins pins) throws BusinessException {
        LossKind kind = LossKind.valueOf(chosen.key());
        Card card = cards.reportLoss(who.idNumber(), kind);
        List<String> result = new ArrayList<>();
        result.add("卡号：" + card.maskedCardNumber());
        result.add("卡状态：" + card.state().chinese() + "（" + ChineseDates.day(card.stateSince()) + "起）");
        result.add("发卡银行：" + card.issuingBank());
        return new ItemOutcome(result, nextSteps(card), "loss " + kind.name() + ", card now " + card.state().name());
    }

    @Override
    public String refusal(BusinessException refused) {
        if (refused instanceof BusinessException.UnknownCard || refused instanceof BusinessException.UnknownPerson) {
            return "业务系统里没有查到您名下的社会保障卡，这次没有挂失。";
        }
        if (refused instanceof BusinessException.CardNotInState notInState) {
            return switch (notInState.actual()) {
                case TEMPORARILY_LOST -> "您的卡已经是临时挂失，不用再临时挂失。卡找回了可以解挂；找不到了，可以正式挂失并补卡。";
                case FORMALLY_LOST -> "您的卡已经正式挂失了，不用再挂失，请办理补卡。";
                case SEALED -> "您的卡还没有启用（封存），这里不能挂失。";
                case CANCELLED -> "您的卡已经注销，不能再使用，也不用挂失。";
                case NORMAL -> "业务系统没有办理这次挂失。";
            };
        }
        return "业务系统没有办理这次挂失。";
    }

    private List<String> nextSteps(Card card) {
        List<String> steps = new ArrayList<>();
        if (card.state() == CardState.TEMPORARILY_LOST) {
            rules.autoLift().ifPresent(rule -> steps.add(rule + "。"));
            steps.add("卡找回了，可带身份证和卡办理解挂；找不到了，请正式挂失并补卡。");
        } else {
            steps.add("这张卡已正式挂失，不能再使用。请补办新卡：");
            steps.addAll(rules.replacementChannels());
        }
        steps.add(bankReminder() + "发卡银行：" + card.issuingBank() + "。");
        steps.addAll(rules.bankNotes());
        steps.add("挂失与解挂的其他办理渠道：");
        return steps;
    }

    private static String bankReminder() {
        return "这次挂失的是卡的社会保障功能；卡的金融（银行）功能，请向发卡银行挂失。";
    }
}
