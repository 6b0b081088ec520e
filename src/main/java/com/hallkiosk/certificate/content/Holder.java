package com.hallkiosk.certificate.content;

import com.hallkiosk.privacy.PersonalDataMasking;
import java.util.Objects;
import java.util.Set;

/**
 * The person a certificate is about. The certificate shows the identity number masked as the kiosk
 * masks it everywhere (first 6 and last 4), as the issue asks; the full number never reaches the PDF.
 */
public record Holder(String name, String idNumber) {
    /** The template fields a holder gives. */
    static final Set<String> FIELDS = Set.of("holderName", "idNumber");

    public Holder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(idNumber, "idNumber");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a certificate holder has a name");
        }
    }

    void addTo(TemplateValues.Builder values) {
        values.field("holderName", name).field("idNumber", PersonalDataMasking.idNumber(idNumber));
    }

    @Override
    public String toString() {
        return "Holder[" + PersonalDataMasking.name(name) + ", " + PersonalDataMasking.idNumber(idNumber) + "]";
    }
}
