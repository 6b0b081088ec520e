package com.hallkiosk.items;

import com.hallkiosk.privacy.PersonalDataMasking;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the person at the kiosk is, as a card told it: per-visit personal data that the controller drops at
 * the end of the visit. {@link #toString()} masks, so a log line never shows it.
 *
 * @param cardNumber the 社保卡 number when the person identified with the card itself, else empty
 */
public record Identity(IdentitySource source, String idNumber, String name, Optional<String> cardNumber) {
    public Identity {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cardNumber, "cardNumber");
    }

    public String maskedIdNumber() {
        return PersonalDataMasking.idNumber(idNumber);
    }

    public String maskedName() {
        return PersonalDataMasking.name(name);
    }

    public Optional<String> maskedCardNumber() {
        return cardNumber.map(PersonalDataMasking::socialSecurityCardNumber);
    }

    /** "持卡人：张*** 210302********0236", as every item's confirmation names the person, masked. */
    public String holderLine() {
        return "持卡人：" + maskedName() + " " + maskedIdNumber();
    }

    @Override
    public String toString() {
        return "Identity[" + source + ", " + maskedName() + ", " + maskedIdNumber() + ", "
                + maskedCardNumber().orElse("-") + "]";
    }
}
