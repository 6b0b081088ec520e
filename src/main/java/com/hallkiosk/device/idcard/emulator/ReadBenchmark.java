package com.hallkiosk.device.idcard.emulator;

import com.hallkiosk.device.idcard.IdCardReaderSettings;
import com.hallkiosk.device.idcard.SamExchange;
import com.hallkiosk.device.idcard.SamIdCardReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times full reads (find, select, read 30 01) through the real driver and jSerialComm against the
 * emulated module on a socat pty pair, and sets them against the line time of the bytes exchanged
 * (bytes × 10 bits at the baud, 8N1): the driver's own cost is what a read takes beyond the line,
 * with a budget of 1.10 × line time + 20 ms. The emulator paces itself to the baud, so the line time
 * is a floor no read can beat.
 */
public final class ReadBenchmark {
    private static final double LINE_FACTOR = 1.10;
    private static final Duration BUDGET_ALLOWANCE = Duration.ofMillis(20);
    private static final long READ_TIMEOUT_S = 10;

    /** The figures of one run; times are per read. */
    public record Figures(int baud, int reads, long bytesPerRead, Duration lineTime, Duration median, Duration p95,
                          Duration max) {
        /** 1.10 × line time + 20 ms. */
        public Duration budget() {
            return Duration.ofNanos((long) (lineTime.toNanos() * LINE_FACTOR)).plus(BUDGET_ALLOWANCE);
        }

        /** True when the median read is within the budget. */
        public boolean withinBudget() {
            return median.compareTo(budget()) <= 0;
        }

        public String report() {
            return String.format("ID card read over a pty at %d baud, %d reads: %d bytes per read, line time %.1f ms;"
                            + " read time median %.1f ms, p95 %.1f ms, max %.1f ms; budget 1.10 × line + 20 ms = %.1f ms: %s",
                    baud, reads, bytesPerRead, ms(lineTime), ms(median), ms(p95), ms(max), ms(budget()),
                    withinBudget() ? "within" : "OVER");
        }

        private static double ms(Duration d) {
            return d.toNanos() / 1e6;
        }
    }

    private ReadBenchmark() {
    }

    /**
     * Runs {@code warmUp} untimed reads, then {@code reads} timed ones, with the pty pair in a
     * temporary directory. The card is lifted and placed again between reads, untimed.
     */
    public static Figures run(Path socat, int baud, int warmUp, int reads) throws IOException {
        if (reads < 1) {
            throw new IllegalArgumentException("at least one read: " + reads);
        }
        try (EmulatedIdCardModule module = EmulatedIdCardModule.startInTemporaryDirectory(socat, baud, 1L);
             SamIdCardReader reader = new SamIdCardReader(
                     withBaud(IdCardReaderSettings.defaults(module.hostPort()), baud), Clock.systemUTC())) {
            AtomicLong bytes = new AtomicLong();
            reader.onExchange((SamExchange e) -> bytes.addAndGet(e.bytesOut() + e.bytesIn()));
            await(reader.open());
            await(reader.enable());
            List<Duration> times = new ArrayList<>();
            long bytesPerRead = 0;
            for (int i = 0; i < warmUp + reads; i++) {
                module.remove();
                module.place(ScriptedCards.resident());
                bytes.set(0);
                long start = System.nanoTime();
                await(reader.read());
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                if (i >= warmUp) {
                    times.add(took);
                    bytesPerRead = bytes.get();
                }
            }
            times.sort(Comparator.naturalOrder());
            return new Figures(baud, reads, bytesPerRead, IdCardReaderSettings.lineTime(bytesPerRead, baud),
                    times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1));
        }
    }

    /** {@code ReadBenchmark [reads [baud]]}: 50 reads at 115200 baud by default, after 5 untimed ones. */
    public static void main(String[] args) throws IOException {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int baud = args.length > 1 ? Integer.parseInt(args[1]) : IdCardReaderSettings.DEFAULT_BAUD;
        Path socat = SocatPtyPair.findSocat().orElseThrow(() -> new IllegalStateException("socat is not installed"));
        System.out.println(run(socat, baud, 5, reads).report());
    }

    private static IdCardReaderSettings withBaud(IdCardReaderSettings s, int baud) {
        return new IdCardReaderSettings(s.portPath(), baud, s.answerTimeout(), s.attempts(), s.operationTimeout(),
                s.firstReconnectDelay(), s.maxReconnectDelay(), s.foreignCardLayout());
    }

    private static <T> T await(CompletableFuture<T> call) {
        try {
            return call.get(READ_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark read failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("benchmark read did not complete in " + READ_TIMEOUT_S + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
    }
}
