package com.hallkiosk.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CertificateIssuerTest {
    private static final CertificateSettings SETTINGS = new CertificateSettings("某市社会保险事业服务中心",
            URI.create("https://rs.example.gov.cn/kiosk/"), Path.of("seal.png"), 40, "a-key-of-sixteen-chars");

    @Test
    void numbersCarryTheTypeTheHallsTimeAndARandomPart() {
        Issuance issuance = new CertificateIssuer(SETTINGS, "hall-07", CertificateFixture.CLOCK, new SplittableRandom(1))
                .issue(CertificateType.UNIT);
        assertThat(issuance.certificateNumber()).matches("DW-20261122-160000-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(issuance.issuedAt().toString()).isEqualTo("2026-11-22T16:00+08:00[Asia/Shanghai]");
        assertThat(issuance.kioskId()).isEqualTo("hall-07");
        assertThat(issuance.issuingOffice()).isEqualTo("某市社会保险事业服务中心");
    }

    @Test
    void twoCertificatesInTheSameSecondGetDifferentNumbers() {
        CertificateIssuer issuer = new CertificateIssuer(SETTINGS, "hall-07", CertificateFixture.CLOCK, new SplittableRandom(1));
        assertThat(issuer.issue(CertificateType.UNIT).certificateNumber())
                .isNotEqualTo(issuer.issue(CertificateType.UNIT).certificateNumber());
    }

    @Test
    void theVerificationCodeIsAKeyedHashOfTheNumber() {
        String code = CertificateIssuer.verificationCode("a-key-of-sixteen-chars", "CB-20261122-160000-7K4Q");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")
                .isEqualTo(CertificateIssuer.verificationCode("a-key-of-sixteen-chars", "CB-20261122-160000-7K4Q"))
                .isNotEqualTo(CertificateIssuer.verificationCode("another-key-of-16-chars", "CB-20261122-160000-7K4Q"))
                .isNotEqualTo(CertificateIssuer.verificationCode("a-key-of-sixteen-chars", "CB-20261122-160000-7K4R"));
    }

    @Test
    void theQrCodePointsAtTheCentralServersVerificationPage() {
        Issuance issuance = new CertificateIssuer(SETTINGS, "hall-07", CertificateFixture.CLOCK, new SplittableRandom(1))
                .issue(CertificateType.PERSONAL_CONTRIBUTION);
        assertThat(issuance.verificationUrl()).isEqualTo(URI.create("https://rs.example.gov.cn/kiosk/verify/"
                + issuance.certificateNumber() + "?code=" + issuance.verificationCode()));
        assertThat(issuance.verificationCode()).isEqualTo(CertificateIssuer.verificationCode("a-key-of-sixteen-chars",
                issuance.certificateNumber()));
    }
}
