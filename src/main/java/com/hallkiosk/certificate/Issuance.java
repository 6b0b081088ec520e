package com.hallkiosk.certificate;

import com.hallkiosk.certificate.content.Formats;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who issued a certificate, when, where, and how to verify it: the facts every certificate carries
 * beside its data. The verification page is the central server's ({@code <base URL>/verify}); the QR code
 * points at this certificate's entry on it, {@code <page>/<certificate number>?code=<verification code>}.
 */
public record Issuance(String issuingOffice, String certificateNumber, ZonedDateTime issuedAt, String kioskId,
                       String verificationCode, URI verificationPage) {
    /** The template fields an issuance gives, on every certificate. */
    public static final Set<String> FIELDS = Set.of("issuingOffice", "certificateNumber", "issuedAt", "issueDate",
            "kioskId", "verificationCode", "verificationUrl", "verificationPage");
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9-]+");

    public Issuance {
        Objects.requireNonNull(issuingOffice, "issuingOffice");
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(verificationPage, "verificationPage");
        if (!URL_SAFE.matcher(certificateNumber).matches() || !URL_SAFE.matcher(verificationCode).matches()) {
            throw new IllegalArgumentException("a certificate number and a verification code are letters, digits and dashes");
        }
    }

    /** This certificate's entry on the verification page: what the QR code holds. */
    public URI verificationUrl() {
        return URI.create(verificationPage + "/" + certificateNumber + "?code=" + verificationCode);
    }

    Map<String, String> values() {
        return Map.of("issuingOffice", issuingOffice,
                "certificateNumber", certificateNumber,
                "issuedAt", Formats.time(issuedAt),
                "issueDate", Formats.date(issuedAt.toLocalDate()),
                "kioskId", kioskId,
                "verificationCode", verificationCode,
                "verificationUrl", verificationUrl().toString(),
                "verificationPage", verificationPage.toString());
    }
}
