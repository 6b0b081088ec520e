package com.hallkiosk.certificate;

import com.hallkiosk.certificate.content.CertificateContent;
import com.hallkiosk.certificate.content.TemplateValues;
import java.util.Objects;

/** One certificate to print: its issuance and its data. */
public record Certificate(Issuance issuance, CertificateContent content) {
    public Certificate {
        Objects.requireNonNull(issuance, "issuance");
        Objects.requireNonNull(content, "content");
    }

    public CertificateType type() {
        return content.type();
    }

    /** Everything the template may show: the data and the issuance. */
    public TemplateValues values() {
        return content.values().withFields(issuance.values());
    }
}
