package com.hallkiosk.items.certificate;

import com.hallkiosk.certificate.content.CertificateContent;
import java.util.List;

/**
 * A certificate's data for what the person chose, before it is numbered, and what the person is told about
 * it on the confirm step and the receipt (the unit, the status, a unit's arrears): masked, no long numbers.
 */
public record CertificateDraft(CertificateContent content, List<String> lines) {
    public CertificateDraft {
        lines = List.copyOf(lines);
    }
}
