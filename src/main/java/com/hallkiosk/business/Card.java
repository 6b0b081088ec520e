package com.hallkiosk.business;

import com.hallkiosk.privacy.PersonalDataMasking;
import java.time.LocalDate;

/**
 * A social security card at the business system: its state and since when (the date of a 临时挂失 matters,
 * it lifts itself after some days in some regions), the issuing bank and the card's financial account (where
 * benefits are paid; shown masked), its dates and the PIN tries left.
 */
public record Card(String cardNumber, String idNumber, CardState state, LocalDate stateSince, String issuingBank,
                   String bankAccount, LocalDate issueDate, LocalDate expiryDate, int pinTriesLeft) {

    public boolean pinLocked() {
        return pinTriesLeft == 0;
    }

    public String maskedCardNumber() {
        return PersonalDataMasking.socialSecurityCardNumber(cardNumber);
    }

    /** First 6 and last 4 digits, as the person confirms the account a benefit goes to. */
    public String maskedBankAccount() {
        return PersonalDataMasking.idNumber(bankAccount);
    }

    @Override
    public String toString() {
        return "Card[" + maskedCardNumber() + ", " + PersonalDataMasking.idNumber(idNumber) + ", " + state + " since "
                + stateSince + ", " + issuingBank + " " + maskedBankAccount() + ", tries " + pinTriesLeft + "]";
    }
}
