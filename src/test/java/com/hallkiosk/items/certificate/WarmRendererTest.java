package com.hallkiosk.items.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.certificate.CertificateFixture;
import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.render.CertificateRenderer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WarmRendererTest {
    @Test
    void theRendererLoadsOnAThreadOfItsOwnAndGetWaitsForIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CertificateRenderer loaded = CertificateFixture.renderer();
        WarmRenderer warm = WarmRenderer.startLoading(() -> {
            started.countDown();
            await(release);
            return loaded;
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).as("loading started without anyone asking").isTrue();
        release.countDown();
        assertThat(warm.get()).isSameAs(loaded);
        assertThat(warm.get()).isSameAs(loaded);
    }

    @Test
    void aLoadThatFailedIsTriedAgainAtTheNextGet() {
        AtomicInteger attempts = new AtomicInteger();
        CertificateRenderer loaded = CertificateFixture.renderer();
        WarmRenderer warm = WarmRenderer.startLoading(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("the font could not be read");
            }
            return loaded;
        });
        assertThat(warm.get()).isSameAs(loaded);
        assertThat(attempts).hasValue(2);
        assertThat(warm.get()).isSameAs(loaded);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void theKiosksRendererIsLoadedFromItsSettingsAndRendersOnceWarm() {
        CertificateRenderer renderer = WarmRenderer.startLoading(CertificateFixture.settings()).get();
        assertThat(renderer.render(CertificateFixture.sample(CertificateType.UNIT)).pages()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
