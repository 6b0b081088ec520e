package com.hallkiosk.central.pages;

import java.util.Optional;

/** Where the verification page looks a certificate up by its number. */
interface IssuedCertificates {
    /** The certificate with this number the kiosks have reported printed, or empty when none (yet). */
    Optional<IssuedCertificate> find(String number);
}
