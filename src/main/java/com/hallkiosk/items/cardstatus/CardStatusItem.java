package com.hallkiosk.items.cardstatus;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.CardState;
import com.hallkiosk.calendar.ChineseDates;
import com.hallkiosk.items.Choice;
import com.hallkiosk.items.Confirmation;
import com.hallkiosk.items.EnteredPins;
import com.hallkiosk.items.Identity;
import com.hallkiosk.items.IdentitySource;
import com.hallkiosk.items.ItemOutcome;
import com.hallkiosk.items.SelfServiceItem;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 社会保障卡应用状态查询: the card's state at the central (正常, 封存, 临时挂失 with its date, 正式挂失, 注销),
 * its issuing bank and dates. The seeds it follows:
 * <ul>
 *   <li>000 #29 (鞍山铁东): {@code "name": "社会保障卡应用状态查询"}, {@code "conditions": "申请人了解社会保障卡使用状态。"},
 *       materials {@code "持卡人应当持有效身份证件"} and {@code "社会保障卡"},
 *       {@code "selfService": {"allowed": true, "where": "合作银行网点", "basis": "④自助办：合作银行网点"}},
 *       {@code "phones": ["0412-5550533"]};</li>
 *   <li>001 #40 (抚顺): the same name and conditions, material line
 *       {@code "持卡人应当持有效身份证件、社会保障卡"}, the same selfService, and no phone.</li>
 * </ul>
 * The seeds ask for the ID document and the card; a status query changes nothing, so either identifies the
 * person here (the issue: "card or ID card"), and the card read must belong to the holder the central knows.
 * A query has nothing to choose; its confirm step is the person asking for their card's state to be shown.
 */
public final class CardStatusItem implements SelfServiceItem {
    public static final String ID = "card-status";

    private final CardServices cards;
    private final Clock clock;

    public CardStatusItem(CardServices cards, Clock clock) {
        this.cards = cards;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> catalogNames() {
        return List.of("社会保障卡应用状态查询");
    }

    @Override
    public List<IdentitySource> identifiedBy() {
        return List.of(IdentitySource.SOCIAL_SECURITY_CARD, IdentitySource.ID_CARD);
    }

    @Override
    public List<Choice> choices(Identity who) {
        return List.of();
    }

    @Override
    public Confirmation confirmation(Identity who, Choice chosen) {
        List<String> lines = new ArrayList<>();
        lines.add("查询社会保障卡的状态");
        lines.add(who.holderLine());
        who.maskedCardNumber().ifPresent(number -> lines.add("卡号：" + number));
        return Confirmation.of(lines);
    }

    @Override
    public String confirmLabel() {
        return "确认查询";
    }

    @Override
    public ItemOutcome act(Identity who, Choice chosen, EnteredPins pins) throws BusinessException {
        Card card = who.cardNumber().isPresent() ? cards.cardByNumber(who.cardNumber().get()) : cards.cardOf(who.idNumber());
        if (!card.idNumber().equals(who.idNumber())) {
            throw new BusinessException.HolderMismatch();
        }
        List<String> result = new ArrayList<>();
        result.add("卡号：" + PersonalDataMasking.socialSecurityCardNumber(card.cardNumber()));
        result.add("卡状态：" + stateWords(card));
        result.add("发卡银行：" + card.issuingBank());
        result.add("发卡日期：" + ChineseDates.day(card.issueDate()));
        result.add("有效期至：" + ChineseDates.day(card.expiryDate()));
        return new ItemOutcome(result, nextSteps(card), "state " + card.state().name());
    }

    @Override
    public String refusal(BusinessException refused) {
        if (refused instanceof BusinessException.UnknownCard || refused instanceof BusinessException.UnknownPerson) {
            return "业务系统里没有查到这张卡。";
        }
        if (refused instanceof BusinessException.HolderMismatch) {
            return "这张卡在业务系统里登记的不是这位持卡人。";
        }
        return "业务系统没有给出这张卡的状态。";
    }

    private static String stateWords(Card card) {
        String since = ChineseDates.day(card.stateSince());
        return switch (card.state()) {
            case NORMAL -> CardState.NORMAL.chinese();
            case SEALED -> CardState.SEALED.chinese() + "（还没有启用）";
            case TEMPORARILY_LOST -> CardState.TEMPORARILY_LOST.chinese() + "（" + since + "起）";
            case FORMALLY_LOST -> CardState.FORMALLY_LOST.chinese() + "（" + since + "起）";
            case CANCELLED -> CardState.CANCELLED.chinese() + "（" + since + "起）";
        };
    }

    private List<String> nextSteps(Card card) {
        List<String> steps = new ArrayList<>();
        steps.add(switch (card.state()) {
            case NORMAL -> "这张卡可以正常使用。";
            case SEALED -> "这张卡还没有启用，可以办理“社会保障卡启用”；卡的金融（银行）功能要到发卡银行激活。";
            case TEMPORARILY_LOST -> "这张卡已临时挂失。卡找回了，可带身份证和卡办理解挂；找不到了，请办理正式挂失和补卡。";
            case FORMALLY_LOST -> "这张卡已正式挂失，不能再使用，请办理补卡。";
            case CANCELLED -> "这张卡已注销，不能再使用。";
        });
        if (card.state() != CardState.CANCELLED && card.expiryDate().isBefore(LocalDate.now(clock))) {
            steps.add("这张卡已过有效期，请办理换卡。");
        }
        return steps;
    }
}
