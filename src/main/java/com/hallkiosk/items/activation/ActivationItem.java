package com.hallkiosk.items.activation;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.CardState;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.items.CatalogSentences;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 社会保障卡启用: a card in 封存 becomes 正常 with the PIN its holder sets, typed twice. The seeds it follows:
 * <ul>
 *   <li>000 #28 (鞍山铁东) {@code "name": "社会保障卡启用"}, {@code "conditions": "申请人领卡后，应当向社会保障卡服务机构申请
 *       社会保障功能启用。"}, materials {@code "持卡人应当持有效身份证件"} and {@code "社会保障卡"},
 *       {@code "selfService": {"allowed": true, "where": "合作银行网点", "basis": "④自助办：合作银行网点"}};</li>
 *   <li>001 #39 (抚顺) the same name and selfService, the material line {@code "持卡人应当持有效身份证件、社会保障卡"};</li>
 *   <li>004 #25 (山东) {@code "name": "社会保障卡（社会保障功能）启用"}, {@code "conditions": "社会保障卡未启用"}, material
 *       {@code "本人身份证或社会保障卡"}, and its terminal channel {@code "…一体机办理社会保障卡启用。"}.</li>
 * </ul>
 * The Liaoning guides ask for the ID document and the card; the issue adds that the ID card read must match the
 * card's social security number, so the item identifies by both ({@link IdentitySource#ID_CARD_AND_CARD}), which
 * also meets Shandong's "身份证或社会保障卡". What is activated is the card's social security function (000 #28
 * "社会保障功能启用", 004 #25's name); the financial function is activated at the bank. The seeds say so in other
 * items: 002 #1 {@code "社会保障卡申领成功后务必到发卡银行办理激活业务。"} and 001 #22, #23, #26
 * {@code "社保卡银行功能需要激活。"}. The item says it in every region, quoting the region's own sentence where its
 * catalog has one ({@link #bankWording}).
 */
public final class ActivationItem implements SelfServiceItem {
    public static final String ID = "card-activation";
    /** The phrases by which the seeds say the bank function is activated separately (001 #22, 002 #1). */
    private static final List<String> BANK_ACTIVATION_PHRASES = List.of("银行功能需要激活", "发卡银行办理激活");

    private final CardServices cards;
    private final Optional<String> regionBankWording;

    /** {@code regionBankWording}: the region's own sentence about activating the bank function, {@link #bankWording}. */
    public ActivationItem(CardServices cards, Optional<String> regionBankWording) {
        this.cards = cards;
        this.regionBankWording = regionBankWording;
    }

    /** The first sentence of the region's catalog saying the bank function is activated apart, e.g. 抚顺's "社保卡银行功能需要激活。". */
    public static Optional<String> bankWording(Region region) {
        return region.items().stream()
                .flatMap(item -> Stream.concat(Stream.of(item.tips(), item.conditions()), item.notes().stream()))
                .flatMap(text -> BANK_ACTIVATION_PHRASES.stream().flatMap(phrase -> CatalogSentences.containing(text, phrase).stream()))
                .findFirst();
    }

    /** The item for {@code region}. */
    public static ActivationItem of(CardServices cards, Region region) {
        return new ActivationItem(cards, bankWording(region));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> catalogNames() {
        return List.of("社会保障卡启用", "社会保障卡（社会保障功能）启用");
    }

    @Override
    public List<IdentitySource> identifiedBy() {
        return List.of(IdentitySource.ID_CARD_AND_CARD);
    }

    /** Looks the card up: only a 封存 card of this person goes on to the PINs. */
    @Override
    public Confirmation confirmation(Identity who, Choice chosen) throws BusinessException {
        Card card = HolderCards.inState(cards, who, CardState.SEALED);
        List<String> lines = HolderCards.confirmLines("启用社会保障卡的社会保障功能，并设置6位数字密码", who, card);
        lines.add("卡状态：" + card.state().chinese() + "（还没有启用）");
        lines.add("身份证和社保卡已核对为同一人");
        lines.add(bankFunction(card));
        lines.add("点“" + confirmLabel() + "”后，请输入两次新密码。");
        return Confirmation.of(lines);
    }

    @Override
    public List<PinPrompt> pins(Choice chosen) {
        return List.of(PinPrompt.NEW, PinPrompt.NEW_AGAIN);
    }

    @Override
    public String confirmLabel() {
        return "确认启用";
    }

    @Override
    public ItemOutcome act(Identity who, Choice chosen, EnteredPins pins) throws BusinessException {
        String cardNumber = who.cardNumber().orElseThrow(BusinessException.UnknownCard::new);
        Card card = cards.activate(cardNumber, who.idNumber(), pins.chosen().orElseThrow().digits());
        List<String> next = new ArrayList<>();
        next.add(bankFunction(card));
        next.add("请记住新密码，不要告诉别人；密码连续输错" + CardServices.PIN_TRY_LIMIT + "次，卡会被锁定。");
        next.add("社会保障卡启用的其他办理渠道：");
        return new ItemOutcome(List.of("卡号：" + card.maskedCardNumber(), "卡状态：" + card.state().chinese() + "（社会保障功能已启用）"),
                next, "SEALED -> " + card.state().name());
    }

    @Override
    public String refusal(BusinessException refused) {
        if (refused instanceof BusinessException.CardNotInState notInState) {
            return notInState.actual() == CardState.NORMAL
                    ? "这张卡已经启用过了（正常状态），不需要再启用。忘记了密码，可以办理社会保障卡密码重置。如有疑问，"
                    : CardRefusals.state(notInState.actual(), "启用");
        }
        return CardRefusals.other(refused, "卡没有启用");
    }

    /** What the confirm step and the receipt say of the bank function: activated at the issuing bank, not here. */
    private String bankFunction(Card card) {
        return "这里启用的是卡的社会保障功能。卡的金融（银行）功能不在这台机器上激活，请到发卡银行（" + card.issuingBank()
                + "）办理激活。" + regionBankWording.map(words -> "办事指南：“" + words + "”").orElse("");
    }
}
