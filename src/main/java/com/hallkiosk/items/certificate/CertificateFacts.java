package com.hallkiosk.items.certificate;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.certificate.CertificateType;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a certificate is, as data: its type, what it is called on screen and on the receipt, the names the
 * regions' catalogs give the item ({@link com.hallkiosk.items.SelfServiceItem#catalogNames}), what the central's
 * "not for this person" becomes, and the certificate's own refusals in plain words (the others are
 * {@link CertificateItem}'s).
 *
 * @param notEntitled thrown when {@code certificatesFor} does not list the type for the person
 */
public record CertificateFacts(CertificateType type, String name, List<String> catalogNames,
                               Supplier<BusinessException> notEntitled,
                               Map<Class<? extends BusinessException>, String> refusals) {
    public CertificateFacts {
        catalogNames = List.copyOf(catalogNames);
        refusals = Map.copyOf(refusals);
    }
}
