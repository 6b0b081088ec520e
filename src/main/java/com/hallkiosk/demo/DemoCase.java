package com.hallkiosk.demo;

import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.CardState;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.certificate.content.PensionReceipt.PensionStatus;
import java.util.Set;

/**
 * One situation a tester needs a card for, with the rule that picks its holder from the demo population
 * and what to try with it. The order is the order of the demo script.
 */
public enum DemoCase {
    NORMAL("normal", "个人参保证明, 个人权益记录单, 社保卡状态查询, 修改密码, 临时/正式挂失"),
    SEALED("sealed", "社保卡启用 (activation): ID card + this card, set a new PIN twice"),
    TEMPORARILY_LOST("temp-lost", "解挂 (unlock) with ID card + this card; 正式挂失 from 临时挂失"),
    FORMALLY_LOST("formal-lost", "状态查询 shows 正式挂失 and the replacement channels; unlock is refused"),
    CANCELLED("cancelled", "状态查询 shows 注销; every card service is refused"),
    PIN_LOCKED("pin-locked", "any PIN is refused (locked); 密码重置 with ID card + this card"),
    TRIES_USED("tries-used", "修改密码: the tries left are shown; a wrong PIN takes one more"),
    PENSIONER("pensioner", "职工养老待遇领取证明 (only for people who draw a pension)"),
    LEGAL_REPRESENTATIVE("legal-rep", "单位参保证明: choose among the units this person represents"),
    RARE_NAME("rare-name", "a name outside GB 2312 on screen, on the receipt and on the certificate");

    private final String key;
    private final String whatToTry;

    DemoCase(String key, String whatToTry) {
        this.key = key;
        this.whatToTry = whatToTry;
    }

    /** The short name a tester types, e.g. {@code temp-lost}. */
    public String key() {
        return key;
    }

    public String whatToTry() {
        return whatToTry;
    }

    /**
     * Whether {@code person} fits this case; {@code representatives} are the indexes of the units' legal
     * representatives. Every case but the PIN ones wants all tries left, so that a card shows one thing.
     */
    boolean fits(DemoPerson person, Set<Long> representatives) {
        CardState state = person.card().state();
        int tries = person.card().pinTriesLeft();
        boolean fullTries = tries == CardServices.PIN_TRY_LIMIT;
        boolean ordinary = state == CardState.NORMAL && fullTries && !person.years().isEmpty()
                && !representatives.contains(person.index()) && person.pension().isEmpty()
                && PersonNames.isCommon(person.person().name());
        return switch (this) {
            case NORMAL -> ordinary;
            case SEALED -> state == CardState.SEALED && PersonNames.isCommon(person.person().name());
            case TEMPORARILY_LOST -> state == CardState.TEMPORARILY_LOST && PersonNames.isCommon(person.person().name());
            case FORMALLY_LOST -> state == CardState.FORMALLY_LOST && PersonNames.isCommon(person.person().name());
            case CANCELLED -> state == CardState.CANCELLED && PersonNames.isCommon(person.person().name());
            case PIN_LOCKED -> state == CardState.NORMAL && tries == 0 && PersonNames.isCommon(person.person().name());
            case TRIES_USED -> state == CardState.NORMAL && tries > 0 && !fullTries
                    && PersonNames.isCommon(person.person().name());
            case PENSIONER -> state == CardState.NORMAL && fullTries
                    && person.pension().filter(pension -> pension.status() == PensionStatus.PAID).isPresent()
                    && PersonNames.isCommon(person.person().name());
            case LEGAL_REPRESENTATIVE -> state == CardState.NORMAL && fullTries && representatives.contains(person.index())
                    && PersonNames.isCommon(person.person().name());
            case RARE_NAME -> state == CardState.NORMAL && fullTries && PersonNames.isRare(person.person().name());
        };
    }
}
