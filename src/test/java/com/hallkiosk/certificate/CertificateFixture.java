package com.hallkiosk.certificate;

import com.hallkiosk.certificate.content.CertificateContent;
import com.hallkiosk.certificate.render.CertificateRenderer;
import com.hallkiosk.certificate.sample.SampleCertificates;
import com.hallkiosk.config.InvalidConfigException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.SplittableRandom;

/** The kiosk-config's certificate settings, a fixed clock, and one renderer shared by the tests (the font is 10 MB). */
public final class CertificateFixture {
    public static final Path CONFIG = Path.of("kiosk-config");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static CertificateRenderer renderer;

    private CertificateFixture() {
    }

    public static CertificateSettings settings() {
        try {
            return new CertificateSettingsLoader().load(CONFIG);
        } catch (InvalidConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized CertificateRenderer renderer() {
        if (renderer == null) {
            renderer = CertificateRenderer.load(settings());
        }
        return renderer;
    }

    public static CertificateIssuer issuer() {
        return new CertificateIssuer(settings(), "test-0001", CLOCK, new SplittableRandom(7));
    }

    public static Certificate certificate(CertificateContent content) {
        return new Certificate(issuer().issue(content.type()), content);
    }

    public static Certificate sample(CertificateType type) {
        return certificate(SampleCertificates.of(type, null));
    }
}
