package com.hallkiosk.items.unlock;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.CardServices;
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
 * 社会保障卡解挂: a card in 临时挂失 back to 正常, with the card in hand and its holder's ID card. The seeds it
 * follows (the catalogs have one item for 挂失 and 解挂; the loss report is a separate kiosk item on the same
 * catalog item):
 * <ul>
 *   <li>000 #27 (鞍山铁东): {@code "name": "社会保障卡挂失与解挂"}, material {@code "持卡人应当持有效身份证件；"},
 *       {@code "selfService": {"allowed": true, "where": "合作银行网点", "basis": "④自助办：合作银行网点"}},
 *       {@code "phones": ["0412-5550533"]}, 窗口办 {@code "鞍山市合作银行网点或铁东区人力资源和社会保障服务中心103科室"};</li>
 *   <li>001 #38 (抚顺): the same name, material {@code "持卡人应当持有效身份证件原件"}, the same selfService, no phone;
 *       its 12333 phone menu is for 挂失 only ("the phone menu is stated for 挂失 only, not for 解挂");</li>
 *   <li>004 #26 (山东): {@code "name": "社会保障卡（社会保障功能）挂失与解挂"}, {@code "临时挂失解挂：社会保障卡临时挂失后 7 天内需要解除临时挂失"},
 *       a self-service 临时挂失解挂 channel at the 一体机 of the provincial and Jinan halls.</li>
 * </ul>
 * The seeds ask only for the ID document; the issue adds the card itself (解挂 gives the card back its use, so
 * the card must be in the reader), and the kiosk checks before anything is sent that both are of one person.
 * Only 临时挂失 is lifted: a 正式挂失 card is replaced, never unlocked (the central refuses it, and this says where
 * to go). There is nothing to choose: the confirm step is the person asking for this card to be unlocked.
 */
public final class UnlockItem implements SelfServiceItem {
    public static final String ID = "card-unlock";

    private final CardServices cards;

    public UnlockItem(CardServices cards) {
        this.cards = cards;
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
        return List.of(IdentitySource.ID_CARD_AND_CARD);
    }

    @Override
    public List<Choice> choices(Identity who) {
        return List.of();
    }

    @Override
    public Confirmation confirmation(Identity who, Choice chosen) {
        List<String> lines = new ArrayList<>();
        lines.add("解除社会保障卡的临时挂失，卡恢复正常使用");
        lines.add(who.holderLine());
        who.maskedCardNumber().ifPresent(number -> lines.add("卡号：" + number));
        lines.add("身份证和社保卡已核对为同一人");
        return Confirmation.of(lines);
    }

    @Override
    public String confirmLabel() {
        return "确认解挂";
    }

    @Override
    public ItemOutcome act(Identity who, Choice chosen, EnteredPins pins) throws BusinessException {
        String cardNumber = who.cardNumber().orElseThrow(BusinessException.UnknownCard::new);
        Card card = cards.unlock(cardNumber, who.idNumber());
        return new ItemOutcome(List.of("卡号：" + card.maskedCardNumber(), "卡状态：" + card.state().chinese()),
                List.of("这张卡已恢复正常，可以继续使用。卡的金融（银行）功能如在银行挂失过，请到发卡银行解挂。"),
                "TEMPORARILY_LOST -> " + card.state().name());
    }

    @Override
    public String refusal(BusinessException refused) {
        if (refused instanceof BusinessException.CardNotInState notInState) {
            return switch (notInState.actual()) {
                case NORMAL -> "这张卡现在是正常状态，可以直接使用，不需要解挂。如有疑问，";
                case FORMALLY_LOST -> "这张卡已正式挂失，正式挂失不能解挂，要办理补卡。";
                case SEALED -> "这张卡还没有启用，不需要解挂，请办理“社会保障卡启用”。如有疑问，";
                case CANCELLED -> "这张卡已注销，不能再使用，不能解挂。";
                case TEMPORARILY_LOST -> "业务系统没有解除这张卡的挂失。";
            };
        }
        if (refused instanceof BusinessException.HolderMismatch) {
            return "这张社保卡在业务系统里登记的不是这位身份证的持有人，没有解挂。";
        }
        if (refused instanceof BusinessException.UnknownCard || refused instanceof BusinessException.UnknownPerson) {
            return "业务系统里没有查到这张卡。";
        }
        return "业务系统没有解除这张卡的挂失。";
    }
}
