package com.hallkiosk.certificate;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Gives a certificate its number, issue time and verification code. Until the central server assigns
 * numbers, the kiosk makes them: {@code <type>-<date>-<time>-<4 random characters>}, e.g.
 * {@code CB-20261122-160005-7K4Q}. The verification code is an HMAC-SHA256 of the number under the
 * configured key, cut to 8 characters, so the central server (which will hold the key) can check a code
 * without a copy of the certificate. Both formats are our design; the seeds do not describe them.
 */
public final class CertificateIssuer {
    /** Crockford's base 32: no I, L, O or U, so a code read aloud or typed is not mistaken. */
    private static final String BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final DateTimeFormatter NUMBER_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");
    private static final int RANDOM_CHARACTERS = 4;
    private static final int CODE_CHARACTERS = 8;

    private final CertificateSettings settings;
    private final String kioskId;
    private final Clock clock;
    private final RandomGenerator random;

    /** {@code clock} carries the hall's time zone, in which the issue time is printed. */
    public CertificateIssuer(CertificateSettings settings, String kioskId, Clock clock, RandomGenerator random) {
        this.settings = settings;
        this.kioskId = kioskId;
        this.clock = clock;
        this.random = random;
    }

    public Issuance issue(CertificateType type) {
        ZonedDateTime now = ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        StringBuilder number = new StringBuilder(type.numberPrefix()).append('-').append(NUMBER_TIME.format(now)).append('-');
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            number.append(BASE32.charAt(random.nextInt(BASE32.length())));
        }
        String certificateNumber = number.toString();
        return new Issuance(settings.issuingOffice(), certificateNumber, now, kioskId,
                verificationCode(settings.verificationKey(), certificateNumber), settings.verificationPage());
    }

    /** {@code XXXX-XXXX}: the first 40 bits of HMAC-SHA256(key, number) in Crockford's base 32. */
    public static String verificationCode(String key, String certificateNumber) {
        byte[] mac;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac = hmac.doFinal(certificateNumber.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
        long bits = 0;
        for (int i = 0; i < 5; i++) {
            bits = (bits << 8) | (mac[i] & 0xFF);
        }
        StringBuilder code = new StringBuilder();
        for (int i = CODE_CHARACTERS - 1; i >= 0; i--) {
            code.append(BASE32.charAt((int) (bits >>> (5 * i)) & 0x1F));
            if (i == CODE_CHARACTERS / 2) {
                code.append('-');
            }
        }
        return code.toString();
    }
}
