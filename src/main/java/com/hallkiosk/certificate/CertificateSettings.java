package com.hallkiosk.certificate;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How this kiosk issues certificates, from {@code kiosk-config/certificates.properties}: the issuing
 * office printed under the seal, the central server's verification page, the seal image and the key of
 * the verification code.
 */
public record CertificateSettings(String issuingOffice, URI verificationBaseUrl, Path sealImage, double sealDiameterMm,
                                  String verificationKey) {
    public CertificateSettings {
        Objects.requireNonNull(issuingOffice, "issuingOffice");
        Objects.requireNonNull(verificationBaseUrl, "verificationBaseUrl");
        Objects.requireNonNull(sealImage, "sealImage");
        Objects.requireNonNull(verificationKey, "verificationKey");
    }

    /** The verification page, {@code <base URL>/verify}. */
    public URI verificationPage() {
        String base = verificationBaseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/verify");
    }

    @Override
    public String toString() {
        return "CertificateSettings[" + issuingOffice + ", " + verificationBaseUrl + ", " + sealImage + ", "
                + sealDiameterMm + " mm, key hidden]";
    }
}
