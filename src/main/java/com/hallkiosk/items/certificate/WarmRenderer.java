package com.hallkiosk.items.certificate;

import com.hallkiosk.certificate.Certificate;
import com.hallkiosk.certificate.CertificateSettings;
import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.Issuance;
import com.hallkiosk.certificate.render.CertificateRenderer;
import com.hallkiosk.certificate.sample.SampleCertificates;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The certificate renderer, built on a thread of its own as the kiosk starts: loading the font, the templates
 * and the seal takes a cold JVM 0.3 to 0.5 s, and the first preview is drawn 0.2 to 0.5 s slower than the next
 * ones (measured: 480-730 ms cold, 240-260 ms after this warm-up), which no person should wait for. The
 * certificate items ask {@link #get()} off the session worker; it waits only if someone comes to a certificate
 * within the first second. A load that failed is tried again at the next {@link #get()}.
 */
public final class WarmRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(WarmRenderer.class);

    private final Supplier<CertificateRenderer> load;
    private CompletableFuture<CertificateRenderer> loading;

    private WarmRenderer(Supplier<CertificateRenderer> load, CompletableFuture<CertificateRenderer> loading) {
        this.load = load;
        this.loading = loading;
    }

    /**
     * Starts loading the renderer with {@code settings} and returns at once; once loaded, one made-up certificate
     * is rendered and drawn as a preview is, so that PDFBox's drawing is warm too.
     */
    public static WarmRenderer startLoading(CertificateSettings settings) {
        return startLoading(() -> warmedUp(CertificateRenderer.load(settings), settings));
    }

    /** Starts {@code load} on a daemon thread of its own and returns at once. */
    public static WarmRenderer startLoading(Supplier<CertificateRenderer> load) {
        CompletableFuture<CertificateRenderer> loading = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                loading.complete(load.get());
            } catch (RuntimeException | Error e) {
                LOG.error("the certificate renderer could not be loaded; it is tried again at the first certificate", e);
                loading.completeExceptionally(e);
            }
        }, "certificate-renderer-loader");
        thread.setDaemon(true);
        thread.start();
        return new WarmRenderer(load, loading);
    }

    /** A renderer that is already loaded (a test's shared one). */
    public static WarmRenderer of(CertificateRenderer loaded) {
        return new WarmRenderer(() -> loaded, CompletableFuture.completedFuture(loaded));
    }

    /** The renderer, waiting while it loads; loads it here if loading failed before. */
    public synchronized CertificateRenderer get() {
        try {
            return loading.join();
        } catch (CompletionException failed) {
            CertificateRenderer loaded = load.get();
            loading = CompletableFuture.completedFuture(loaded);
            return loaded;
        }
    }

    private static CertificateRenderer warmedUp(CertificateRenderer renderer, CertificateSettings settings) {
        Issuance made = new Issuance(settings.issuingOffice(), "WARM-UP", ZonedDateTime.now(), "warm-up", "WARM-UP",
                settings.verificationPage());
        byte[] pdf = renderer.render(new Certificate(made, SampleCertificates.of(CertificateType.PERSONAL_CONTRIBUTION, null)))
                .pdf();
        PreviewImage.firstPage(pdf, CertificateOffice.PREVIEW_WIDTH_PX);
        return renderer;
    }
}
