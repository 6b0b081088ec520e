package com.hallkiosk.business;

import com.hallkiosk.identity.Gender;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.time.LocalDate;
import java.util.Objects;

/** A person as the business system knows them; {@link #toString()} masks, so a log line never shows them. */
public record Person(String idNumber, String name, Gender gender, LocalDate birthDate) {
    public Person {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthDate, "birthDate");
    }

    /** First 6 and last 4 characters, as every kiosk screen, receipt and journal shows it. */
    public String maskedIdNumber() {
        return PersonalDataMasking.idNumber(idNumber);
    }

    /** The first character only. */
    public String maskedName() {
        return PersonalDataMasking.name(name);
    }

    @Override
    public String toString() {
        return "Person[" + maskedName() + ", " + maskedIdNumber() + ", " + gender + "]";
    }
}
