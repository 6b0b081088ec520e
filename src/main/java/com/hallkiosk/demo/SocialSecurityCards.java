package com.hallkiosk.demo;

import com.hallkiosk.business.Person;
import com.hallkiosk.business.demo.DemoCard;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.device.sscard.emulator.ScriptedCard;

/**
 * The third-generation 社保卡 a demo person holds, as the virtual card stores it: card number, dates and
 * PIN tries as the central's record of the card, the social security number = the ID number, the name,
 * gender and birth date of the person, the nation of their ID card, the district as birthplace. The chip
 * identifiers follow the shape of the real samples (city, RID D156000005, 8 bytes of the card number).
 */
final class SocialSecurityCards {
    private static final String RID = "D156000005";

    private SocialSecurityCards() {
    }

    static ScriptedCard of(DemoPerson demoPerson) {
        Person person = demoPerson.person();
        DemoCard card = demoPerson.card();
        if (!PersonNames.fitsOnSocialSecurityCard(person.name())) {
            throw new IllegalArgumentException("the 社保卡 stores its name in GBK, which cannot hold " + person.maskedName());
        }
        String city = ResidentIdCards.cityCode(person.idNumber());
        String serial = String.format("%016X", Long.parseLong(card.cardNumber().substring(1)) * 0x9E3779B1L);
        return new ScriptedCard(city + RID + serial, "3", "3.00", city + String.format("%018d", demoPerson.index() + 1),
                card.issueDate(), card.expiryDate(), card.cardNumber(), person.idNumber(), person.name(), person.gender(),
                ResidentIdCards.nationCode(person), person.idNumber().substring(0, 6), person.birthDate(),
                DemoPopulation.DEMO_PIN, card.pinTriesLeft());
    }
}
