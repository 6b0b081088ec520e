package com.hallkiosk.device.receipt.emulator;

import com.hallkiosk.device.idcard.IdCardReaderSettings;
import com.hallkiosk.device.receipt.EscPosReceiptPrinter;
import com.hallkiosk.device.receipt.PrintOutcome;
import com.hallkiosk.device.receipt.Receipt;
import com.hallkiosk.device.receipt.ReceiptPrinterSettings;
import com.hallkiosk.device.receipt.RowRasteriser;
import java.awt.Font;
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
import java.util.function.Supplier;

/**
 * Times whole print jobs through the real driver against the emulated printer, which takes its bytes
 * no faster than the baud rate allows: from the call to the outcome, the status before, the receipt,
 * the wait for its end and the status after. Beside each, the bytes that crossed the line for it
 * (both ways) and their line time (bytes × 10 bits at the baud, 8N1), the floor no print can beat.
 */
public final class ReceiptBenchmark {
    private static final long PRINT_TIMEOUT_S = 60;

    /** The figures of one run; times are per print. */
    public record Figures(String receipt, String line, int baud, int prints, long bytesPerPrint, Duration lineTime,
                          Duration median, Duration p95, Duration max) {
        public String report() {
            return String.format("%s over %s at %d baud, %d prints: %d bytes on the line per print, line time %.1f ms;"
                            + " time to print median %.1f ms, p95 %.1f ms, max %.1f ms (%.1f ms over the line time)",
                    receipt, line, baud, prints, bytesPerPrint, ms(lineTime), ms(median), ms(p95), ms(max),
                    ms(median.minus(lineTime)));
        }

        private static double ms(Duration d) {
            return d.toNanos() / 1e6;
        }
    }

    private ReceiptBenchmark() {
    }

    /**
     * Prints {@code receipt} {@code warmUp} times untimed, then {@code prints} times timed, on the printer
     * of {@code emulator} (which this closes).
     */
    public static Figures run(ReceiptPrinterEmulator emulator, String line, int baud, Supplier<Font> font,
                              String receiptName, Receipt receipt, int warmUp, int prints) {
        if (prints < 1) {
            throw new IllegalArgumentException("at least one print: " + prints);
        }
        ReceiptPrinterSettings settings = new ReceiptPrinterSettings(emulator.hostPort(), baud,
                emulator.printer().model(), Duration.ofSeconds(1));
        try (emulator; EscPosReceiptPrinter printer = new EscPosReceiptPrinter(settings, emulator.connector(),
                new RowRasteriser(font), Clock.systemUTC())) {
            AtomicLong bytes = new AtomicLong();
            printer.onExchange(exchange -> bytes.addAndGet(exchange.bytesOut() + exchange.bytesIn()));
            await(printer.open());
            await(printer.enable());
            List<Duration> times = new ArrayList<>();
            long bytesPerPrint = 0;
            for (int i = 0; i < warmUp + prints; i++) {
                bytes.set(0);
                long start = System.nanoTime();
                PrintOutcome outcome = await(printer.print(receipt));
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                if (!outcome.printed()) {
                    throw new IllegalStateException("benchmark print failed: " + outcome.problem());
                }
                if (i >= warmUp) {
                    times.add(took);
                    bytesPerPrint = bytes.get();
                }
            }
            times.sort(Comparator.naturalOrder());
            return new Figures(receiptName, line, baud, prints, bytesPerPrint,
                    IdCardReaderSettings.lineTime(bytesPerPrint, baud), times.get(times.size() / 2),
                    times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1));
        }
    }

    private static <T> T await(CompletableFuture<T> call) {
        try {
            return call.get(PRINT_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark print failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("benchmark print did not complete in " + PRINT_TIMEOUT_S + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
    }
}
