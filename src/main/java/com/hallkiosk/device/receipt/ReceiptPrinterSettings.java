package com.hallkiosk.device.receipt;

import com.hallkiosk.device.idcard.IdCardReaderSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the receipt printer and how long to wait for it; the composition root fills it from the
 * kiosk's configuration and the model's profile.
 *
 * @param portPath      the serial port, e.g. /dev/ttyUSB1 or a /dev/serial/by-id link (in messages only
 *                      when the emulator's in-memory line is used)
 * @param baud          the line's rate, as the printer is set
 * @param model         the printer model: paper, font, cutter
 * @param statusTimeout how long the printer may take to answer the four status questions
 * @param healthPoll    how often the status is read while the printer is open and idle, so that paper
 *                      loaded or a cover closed shows in the health without waiting for a job
 */
public record ReceiptPrinterSettings(String portPath, int baud, PrinterModel model, Duration statusTimeout,
                                     Duration healthPoll) {
    public static final int DEFAULT_BAUD = 115200;
    /** Four one-byte questions every 10 s: nothing to a printer, and a kiosk's screens are never much behind. */
    public static final Duration DEFAULT_HEALTH_POLL = Duration.ofSeconds(10);
    /** The printer's buffer may hold the line back while it prints: the bytes' line time is allowed twice. */
    private static final int LINE_TIME_ALLOWANCE = 2;

    public ReceiptPrinterSettings {
        Objects.requireNonNull(portPath, "portPath");
        Objects.requireNonNull(model, "model");
        if (baud < 1200) {
            throw new IllegalArgumentException("a receipt printer's line runs at 1200 baud or more, not " + baud);
        }
        if (statusTimeout.isNegative() || statusTimeout.isZero()) {
            throw new IllegalArgumentException("the status timeout must be positive: " + statusTimeout);
        }
        if (healthPoll.isNegative() || healthPoll.isZero()) {
            throw new IllegalArgumentException("the health poll must be positive: " + healthPoll);
        }
    }

    public ReceiptPrinterSettings(String portPath, int baud, PrinterModel model, Duration statusTimeout) {
        this(portPath, baud, model, statusTimeout, DEFAULT_HEALTH_POLL);
    }

    public ReceiptPrinterSettings withHealthPoll(Duration newHealthPoll) {
        return new ReceiptPrinterSettings(portPath, baud, model, statusTimeout, newHealthPoll);
    }

    /** 115200 baud; 1 s for the status (printers answer DLE EOT at once; this is room for a slow USB adapter). */
    public static ReceiptPrinterSettings defaults(String portPath, PrinterModel model) {
        return new ReceiptPrinterSettings(portPath, DEFAULT_BAUD, model, Duration.ofSeconds(1));
    }

    /** How long the printer may take to print {@code job}: its bytes on the line and its paper at the model's speed. */
    public Duration printTime(EncodedReceipt job) {
        Duration line = IdCardReaderSettings.lineTime(job.length(), baud).multipliedBy(LINE_TIME_ALLOWANCE);
        long paperMillis = 1000L * job.paperDots() / (PrinterModel.DOTS_PER_MM * model.printSpeed());
        return line.plusMillis(paperMillis).plus(statusTimeout);
    }

    /** The deadline of the whole print operation: the status before, the printing, the status after. */
    public Duration jobTimeout(EncodedReceipt job) {
        return printTime(job).plus(statusTimeout.multipliedBy(3));
    }
}
