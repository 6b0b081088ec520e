package com.hallkiosk.device.sscard.emulator;

import com.hallkiosk.identity.Gender;
import com.hallkiosk.device.sscard.SsseItem;
import com.hallkiosk.device.sscard.Tlv;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

/**
 * A made-up 社保卡 and its holder, as a virtual card holds them: the EF05/EF06 items, the PIN and how
 * many tries it has left. The people are fictitious; {@link #toString()} still masks them, as it would
 * for real ones.
 */
public record ScriptedCard(String cardIdentifier, String cardType, String specVersion, String issuer,
        LocalDate issueDate, LocalDate expiryDate, String cardNumber, String socialSecurityNumber, String name,
        Gender gender, int nationCode, String birthplace, LocalDate birthDate, String pin, int pinTriesLeft) {

    private static final DateTimeFormatter BCD_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** The same card with another number of PIN tries left (0: blocked). */
    public ScriptedCard withPinTriesLeft(int tries) {
        return new ScriptedCard(cardIdentifier, cardType, specVersion, issuer, issueDate, expiryDate, cardNumber,
                socialSecurityNumber, name, gender, nationCode, birthplace, birthDate, pin, tries);
    }

    /** The EF05/EF06 records as the card stores them: one TLV per item, encoded by the item's format. */
    public Map<SsseItem, byte[]> records() {
        Map<SsseItem, byte[]> records = new EnumMap<>(SsseItem.class);
        for (SsseItem item : SsseItem.values()) {
            records.put(item, new Tlv(item.tag(), item.format().encode(item, text(item))).encode());
        }
        return records;
    }

    private String text(SsseItem item) {
        return switch (item) {
            case CARD_IDENTIFIER -> cardIdentifier;
            case CARD_TYPE -> cardType;
            case SPEC_VERSION -> specVersion;
            case ISSUER -> issuer;
            case ISSUE_DATE -> issueDate.format(BCD_DATE);
            case EXPIRY_DATE -> expiryDate.format(BCD_DATE);
            case CARD_NUMBER -> cardNumber;
            case SOCIAL_SECURITY_NUMBER -> socialSecurityNumber;
            case NAME -> name;
            case GENDER -> String.valueOf(gender.code());
            case ETHNICITY -> String.format("%02d", nationCode);
            case BIRTHPLACE -> birthplace;
            case BIRTH_DATE -> birthDate.format(BCD_DATE);
        };
    }

    @Override
    public String toString() {
        return "ScriptedCard[" + PersonalDataMasking.name(name) + ", " + PersonalDataMasking.idNumber(socialSecurityNumber)
                + ", spec " + specVersion + ", PIN tries left " + pinTriesLeft + "]";
    }
}
