package com.hallkiosk.certificate.template;

import com.hallkiosk.certificate.CertificateType;
import java.util.EnumMap;
import java.util.Map;

/** The page frame and a template for every certificate type, checked against each other and the data. */
public record Templates(PageFrame frame, Map<CertificateType, CertificateTemplate> byType) {
    public Templates {
        byType = Map.copyOf(new EnumMap<>(byType));
        for (CertificateType type : CertificateType.values()) {
            if (!byType.containsKey(type)) {
                throw new IllegalArgumentException("no template for " + type);
            }
        }
    }

    public CertificateTemplate of(CertificateType type) {
        return byType.get(type);
    }
}
