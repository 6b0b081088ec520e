package com.hallkiosk.demo;

import com.hallkiosk.business.CardState;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.device.sscard.emulator.CardBehaviour;
import com.hallkiosk.device.sscard.emulator.ScriptedCard;
import com.hallkiosk.device.sscard.emulator.VirtualSocialSecurityCard;
import com.hallkiosk.privacy.PersonalDataMasking;

/** One demo person and the two cards they carry; {@link #toString()} masks, as everywhere. */
public record DemoCardHolder(DemoCase demoCase, DemoPerson person, IdCard idCard, ScriptedCard socialSecurityCard) {

    public String key() {
        return demoCase.key();
    }

    public String maskedName() {
        return person.person().maskedName();
    }

    public String maskedIdNumber() {
        return person.person().maskedIdNumber();
    }

    public String maskedCardNumber() {
        return PersonalDataMasking.socialSecurityCardNumber(socialSecurityCard.cardNumber());
    }

    /** The state the central was loaded with; an item tried in the demo changes it there, not here. */
    public CardState cardState() {
        return person.card().state();
    }

    public int pinTriesLeft() {
        return person.card().pinTriesLeft();
    }

    /** A fresh chip each time: PIN {@code DEMO_PIN}, the tries of the central's record, a T=0 card. */
    public VirtualSocialSecurityCard newVirtualCard() {
        return new VirtualSocialSecurityCard(socialSecurityCard, CardBehaviour.t0Card());
    }

    /** A fresh chip whose PIN has {@code pinTriesLeft} tries left (0: blocked). */
    public VirtualSocialSecurityCard newVirtualCard(int pinTriesLeft) {
        return new VirtualSocialSecurityCard(socialSecurityCard.withPinTriesLeft(pinTriesLeft), CardBehaviour.t0Card());
    }

    @Override
    public String toString() {
        return "DemoCardHolder[" + key() + ", " + maskedName() + ", " + maskedIdNumber() + ", " + cardState()
                + ", tries " + pinTriesLeft() + "]";
    }
}
