package com.hallkiosk.items.certificate;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.items.Choice;
import com.hallkiosk.items.Identity;
import java.util.List;

/**
 * What differs from one certificate to another: what it is ({@link CertificateFacts}), what the person
 * chooses, and where its data comes from at the central. {@link CertificateItem} does the rest, the same
 * for all four.
 */
public interface CertificateKind {
    CertificateFacts facts();

    /** The periods (and for the unit certificate the units) the person may choose; may ask the central. */
    List<Choice> choices(Identity who) throws BusinessException;

    /** The certificate's data for {@code chosen}, from the central. */
    CertificateDraft draft(Identity who, Choice chosen) throws BusinessException;
}
