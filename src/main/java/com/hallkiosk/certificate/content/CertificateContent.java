package com.hallkiosk.certificate.content;

import com.hallkiosk.certificate.CertificateType;

/** The business data of one certificate (from the central server; for now from the samples). */
public sealed interface CertificateContent permits PersonalContribution, RightsRecord, PensionReceipt, UnitContribution {
    CertificateType type();

    /** The data as the template shows it: formatted, personal numbers masked. */
    TemplateValues values();

    /** The names {@link #values()} gives for a certificate of {@code type}. */
    static ValueSchema schema(CertificateType type) {
        return switch (type) {
            case PERSONAL_CONTRIBUTION -> PersonalContribution.SCHEMA;
            case RIGHTS_RECORD -> RightsRecord.SCHEMA;
            case PENSION_RECEIPT -> PensionReceipt.SCHEMA;
            case UNIT -> UnitContribution.SCHEMA;
        };
    }
}
