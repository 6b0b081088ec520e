package com.hallkiosk.device.sscard.emulator;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.sscard.CardEvent;
import com.hallkiosk.device.sscard.PcscContexts;
import com.hallkiosk.device.sscard.PcscSocialSecurityCardReader;
import com.hallkiosk.device.sscard.ReaderSettings;
import com.hallkiosk.device.sscard.SocialSecurityCard;
import com.hallkiosk.device.sscard.SocialSecurityCardReader;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The 社保卡 identity read through the real PC/SC stack: the kiosk's reader (jnasmartcardio → pcscd)
 * reads a virtual card that vpcd (vsmartcard-vpcd) serves, {@code reads} times after one warm-up read,
 * and reports the APDUs per read (sent by the reader, and received by the card, which includes the GET
 * RESPONSE jnasmartcardio adds) and the wall time per read. Needs a running pcscd with vpcd; each read
 * includes establishing a PC/SC context and connecting to the card, as the kiosk does.
 */
public final class SocialSecurityCardBenchmark {
    private final String host;
    private final int port;
    private final String readerName;
    private final Duration timeout;

    public SocialSecurityCardBenchmark(String host, int port, String readerName, Duration timeout) {
        this.host = host;
        this.port = port;
        this.readerName = readerName;
        this.timeout = timeout;
    }

    /** vpcd's first slot on this machine, 10 s per step. */
    public static SocialSecurityCardBenchmark localVpcd() {
        return new SocialSecurityCardBenchmark("localhost", VpcdCardClient.FIRST_READER_PORT,
                VpcdCardClient.FIRST_READER_NAME, Duration.ofSeconds(10));
    }

    /** What {@link #run} measured; times in milliseconds. */
    public record Figures(String provider, int reads, int apdusPerRead, int apdusAtCardPerRead, double medianMillis,
            double p95Millis, double minMillis, double maxMillis) {
        /** Median wall time per APDU that reached the card. */
        public double millisPerApdu() {
            return medianMillis / apdusAtCardPerRead;
        }

        @Override
        public String toString() {
            return String.format("社保卡 identity read via %s + pcscd + vpcd, %d reads: %d APDUs sent (%d at the card);"
                    + " per read median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms; %.1f ms per APDU",
                    provider, reads, apdusPerRead, apdusAtCardPerRead, medianMillis, p95Millis, minMillis, maxMillis,
                    millisPerApdu());
        }
    }

    public Figures run(int reads) throws IOException, InterruptedException {
        if (reads < 1) {
            throw new IllegalArgumentException("at least one read");
        }
        VirtualSocialSecurityCard card = new VirtualSocialSecurityCard(ScriptedCards.zhangSan(), CardBehaviour.t0Card());
        PcscContexts contexts = PcscContexts.forThisMachine();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch removed = new CountDownLatch(1);
        try (SocialSecurityCardReader reader = new PcscSocialSecurityCardReader(contexts,
                ReaderSettings.defaults().withReaderName(readerName).withCallTimeout(timeout), Clock.systemUTC());
                VpcdCardClient client = VpcdCardClient.insert(card, host, port, timeout)) {
            reader.onCardEvent(event -> {
                if (event.kind() == CardEvent.Kind.INSERTED) {
                    inserted.countDown();
                } else if (event.kind() == CardEvent.Kind.REMOVED) {
                    removed.countDown();
                }
            });
            await(reader.open());
            await(reader.enable());
            if (!inserted.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new DeviceException.NoCard("pcscd did not see the virtual card in " + readerName + " within "
                        + timeout.toMillis() + " ms");
            }
            await(reader.read());
            double[] millis = new double[reads];
            int apdus = 0;
            int apdusAtCard = 0;
            for (int i = 0; i < reads; i++) {
                int before = card.apdusReceived();
                long start = System.nanoTime();
                SocialSecurityCard read = await(reader.read());
                millis[i] = (System.nanoTime() - start) / 1e6;
                apdus = Math.max(apdus, read.apduCount());
                apdusAtCard = Math.max(apdusAtCard, card.apdusReceived() - before);
            }
            // Leave only when pcscd has seen the card go: vpcd notices at its next poll, and a card
            // connected before then (the next run's) would meet a reader still holding this one.
            client.close();
            removed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Arrays.sort(millis);
            return new Figures(contexts.provider(), reads, apdus, apdusAtCard, percentile(millis, 50),
                    percentile(millis, 95), millis[0], millis[reads - 1]);
        }
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private <T> T await(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof DeviceException device ? device
                    : new DeviceException("benchmark step failed: " + e.getCause(), null, e.getCause());
        } catch (TimeoutException e) {
            throw new DeviceException.Timeout("benchmark step took longer than " + timeout.toMillis() * 2 + " ms",
                    "is pcscd running with vsmartcard-vpcd?");
        }
    }

    /** {@code [reads]} (default 20): prints the figures. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        System.out.println(localVpcd().run(reads));
    }
}
