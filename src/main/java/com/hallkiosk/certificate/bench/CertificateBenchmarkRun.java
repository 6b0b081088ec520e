package com.hallkiosk.certificate.bench;

import com.hallkiosk.certificate.Certificate;
import com.hallkiosk.certificate.CertificateIssuer;
import com.hallkiosk.certificate.CertificateSettings;
import com.hallkiosk.certificate.CertificateSettingsLoader;
import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.content.Holder;
import com.hallkiosk.certificate.render.CertificateRenderer;
import com.hallkiosk.certificate.render.RenderedCertificate;
import com.hallkiosk.certificate.sample.SampleCertificates;
import com.hallkiosk.certificate.template.TemplateLoader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One side of the certificate benchmark, in a JVM of its own so that its first certificate is a fresh
 * JVM's: {@code <SUBSET|FULL> <rounds> <kiosk-config folder>}. It prints {@code key=value} lines, the
 * first of them as soon as the first certificate is done, for {@link CertificateBenchmark} to read.
 * With 0 rounds it stops after the first certificate; otherwise it warms up (untimed renders for
 * {@link #WARM_UP}, at least {@link #MIN_WARM_UP} of them, so that the JIT has compiled the render),
 * times the rounds and renders each type once for its size.
 */
public final class CertificateBenchmarkRun {
    static final String FIRST_DONE = "first.done";
    static final Duration WARM_UP = Duration.ofSeconds(3);
    static final int MIN_WARM_UP = 20;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final long SEED = 20261122L;
    /** A record since 1990: 37 years, more than one page holds. */
    private static final YearMonth LONG_RECORD_FROM = YearMonth.of(1990, 7);

    private CertificateBenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        CertificateRenderer.FontEmbedding embedding = CertificateRenderer.FontEmbedding.valueOf(args[0]);
        int rounds = Integer.parseInt(args[1]);
        CertificateSettings settings = new CertificateSettingsLoader().load(Path.of(args[2]));
        CertificateRenderer renderer = CertificateRenderer.load(TemplateLoader.shipped(), settings.sealImage(),
                settings.sealDiameterMm(), embedding);
        long ready = System.nanoTime();
        CertificateIssuer issuer = new CertificateIssuer(settings, "bench-0001", CLOCK, new SplittableRandom(SEED));
        Certificate personal = certificate(issuer, CertificateType.PERSONAL_CONTRIBUTION);
        long issued = System.nanoTime();
        RenderedCertificate first = renderer.render(personal);
        long done = System.nanoTime();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println(FIRST_DONE);
        out.println("setup.ms=" + millis(ready - start));
        out.println("issue.ms=" + millis(issued - ready));
        out.println("render.ms=" + millis(done - issued));
        out.println("first.ms=" + millis(done - start));
        out.println("first.bytes=" + first.pdf().length);
        out.println("first.pages=" + first.pages());
        if (rounds == 0) {
            return;
        }
        long warmUntil = System.nanoTime() + WARM_UP.toNanos();
        for (int i = 0; i < MIN_WARM_UP || System.nanoTime() < warmUntil; i++) {
            renderer.render(personal);
        }
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long before = System.nanoTime();
            renderer.render(personal);
            nanos[i] = System.nanoTime() - before;
        }
        Arrays.sort(nanos);
        out.println("warm.median.ms=" + millis(nanos[(rounds - 1) / 2]));
        out.println("warm.p95.ms=" + millis(nanos[(int) Math.ceil(0.95 * rounds) - 1]));
        out.println("warm.min.ms=" + millis(nanos[0]));
        out.println("warm.max.ms=" + millis(nanos[rounds - 1]));
        for (CertificateType type : CertificateType.values()) {
            RenderedCertificate rendered = renderer.render(certificate(issuer, type));
            out.println("size." + type.id() + ".bytes=" + rendered.pdf().length);
            out.println("size." + type.id() + ".pages=" + rendered.pages());
        }
        RenderedCertificate longRecord = renderer.render(new Certificate(issuer.issue(CertificateType.PERSONAL_CONTRIBUTION),
                SampleCertificates.personalContribution(new Holder("张堃", "210302197905140236"), LONG_RECORD_FROM)));
        out.println("size.long.bytes=" + longRecord.pdf().length);
        out.println("size.long.pages=" + longRecord.pages());
    }

    private static Certificate certificate(CertificateIssuer issuer, CertificateType type) {
        return new Certificate(issuer.issue(type), SampleCertificates.of(type, null));
    }

    private static String millis(long nanos) {
        return String.format("%.3f", nanos / 1e6);
    }
}
