package com.hallkiosk.device.receipt;

import static com.hallkiosk.device.receipt.EscPos.GS;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.DeviceThreads;
import com.hallkiosk.device.DeviceHealth.State;
import com.hallkiosk.device.HealthTracker;
import com.hallkiosk.device.idcard.IdCardReaderSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The receipt printer on an ESC/POS printer, over whatever {@link PrinterConnector} reaches it (a serial
 * port, or the emulator's in-memory line: the same code either way). A job goes like this, on the
 * printer's own executor and under a deadline that grows with the job: the status (DLE EOT 1–4) — a
 * printer that cannot print gets nothing; the receipt's bytes followed by GS r 1, whose answer comes
 * only once the printer has worked through everything before it; while waiting for it, the status
 * every {@value #POLL_MILLIS} ms, so that a printer that stops (out of paper, cover opened) is noticed
 * at once; then the status again, and only a clean one makes the job printed.
 *
 * <p>The health follows every status read: paper near end WARNING, anything that stops printing
 * NOT_READY, a port that went away OFFLINE, a printer that does not answer NOT_READY. After a failure
 * of the line the port is closed, and the next call opens it again. While open, the status is also read
 * every {@link ReceiptPrinterSettings#healthPoll()}, so the health follows a printer nobody prints on.
 */
public final class EscPosReceiptPrinter implements ReceiptPrinter {
    public static final String NAME = "receipt";
    /** GS r 1 (transmit paper sensor status): processed in turn after the job, so its answer marks the job's end. */
    private static final byte[] JOB_END = {GS, 'r', 1};
    private static final byte[] NOTHING = {};
    private static final long POLL_MILLIS = 250;
    /** Bytes that are no status reply skipped while reading the status, before the line is taken as garbled. */
    private static final int MAX_STRAY_BYTES = 16;
    /** Rendering a receipt, the kiosk's font loaded on the first picture included. */
    private static final Duration ENCODE_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CONNECT_ALLOWANCE = Duration.ofSeconds(2);
    private static final String AGAIN = "print it again once the printer is back";

    private final ReceiptPrinterSettings settings;
    private final PrinterConnector connector;
    private final EscPosEncoder encoder;
    private final HealthTracker health;
    private final List<Consumer<MeteredPrinterLink.Exchange>> exchangeListeners = new CopyOnWriteArrayList<>();
    private final DeviceThreads threads = new DeviceThreads(NAME);

    // The connection, touched only on the executor's thread (and by close() once that has stopped).
    private volatile PrinterConnection connection;
    private PrinterLink link;

    public EscPosReceiptPrinter(ReceiptPrinterSettings settings, PrinterConnector connector, RowRasteriser rasteriser,
                                Clock clock) {
        this.settings = settings;
        this.connector = connector;
        this.encoder = new EscPosEncoder(settings.model(), rasteriser);
        this.health = new HealthTracker(clock, "not opened yet");
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Opens the port and starts the status watch; the health is NOT_READY until {@link #enable()} (or the
     * watch) has read the status.
     */
    @Override
    public CompletableFuture<Void> open() {
        threads.start(settings.healthPoll(), "status", statusDeadline(), this::statusNow);
        return run("open", CONNECT_ALLOWANCE, () -> {
            disconnect();
            connect();
            return null;
        });
    }

    /** Reads the status: completes when the printer can print, else fails with what keeps it from printing. */
    @Override
    public CompletableFuture<Void> enable() {
        return run("enable", statusDeadline(), () -> {
            PrinterStatus status = statusNow();
            if (!status.canPrint()) {
                PrinterStatus.Problem problem = status.problems().get(0);
                throw new DeviceException("receipt: " + status.describe(), problem.fix());
            }
            return null;
        });
    }

    /** The printer's status now (DLE EOT 1–4); the health follows it. */
    public CompletableFuture<PrinterStatus> status() {
        return run("status", statusDeadline(), this::statusNow);
    }

    /**
     * Prints {@code receipt}. The future always completes with an outcome, never with an exception: a
     * printer that cannot print, a line that fails or a job that outlasts its deadline each give an
     * outcome that says whether anything came out.
     */
    @Override
    public CompletableFuture<PrintOutcome> print(Receipt receipt) {
        AtomicBoolean sending = new AtomicBoolean();
        return run("render receipt", ENCODE_TIMEOUT, () -> encoder.encode(receipt))
                .thenCompose(job -> run("print", settings.jobTimeout(job), () -> {
                    sending.set(true);
                    return printNow(job);
                }))
                .exceptionally(failure -> {
                    DeviceException cause = DeviceException.of(failure, NAME + ": print");
                    return sending.get() ? PrintOutcome.incomplete(lineFailure(cause, "the receipt may be incomplete"), List.of())
                            : PrintOutcome.failed(lineFailure(cause, "nothing was printed"));
                });
    }

    @Override
    public DeviceHealth health() {
        return health.current();
    }

    @Override
    public void onHealthChange(Consumer<DeviceHealth> listener) {
        health.listen(listener);
    }

    /** Called, on the printer's executor, after each answered exchange with the printer (for benchmarks). */
    public void onExchange(Consumer<MeteredPrinterLink.Exchange> listener) {
        exchangeListeners.add(listener);
    }

    /** Closes the port after the operation under way; the printer can be opened again. */
    @Override
    public void close() {
        if (threads.stop(statusDeadline(), () -> {
            disconnect();
            return null;
        })) {
            // Already done on the executor, unless the operation under way outlasted the wait.
            disconnect();
            health.report(State.OFFLINE, "closed");
        }
    }

    private <T> CompletableFuture<T> run(String operation, Duration timeout, Callable<T> task) {
        return threads.submit(operation, timeout, task);
    }

    private Duration statusDeadline() {
        return settings.statusTimeout().multipliedBy(2).plus(CONNECT_ALLOWANCE);
    }

    private PrintOutcome printNow(EncodedReceipt job) {
        PrinterStatus before;
        try {
            before = statusNow();
        } catch (DeviceException e) {
            return PrintOutcome.failed(lineFailure(e, "nothing was printed"));
        }
        if (!before.canPrint()) {
            return PrintOutcome.failed(explain("未打印 not printed", before, ""));
        }
        PrinterStatus stopped;
        PrinterStatus after;
        try {
            byte[] bytes = Arrays.copyOf(job.bytes(), job.length() + JOB_END.length);
            System.arraycopy(JOB_END, 0, bytes, job.length(), JOB_END.length);
            long start = System.nanoTime();
            long lineClear = start + IdCardReaderSettings.lineTime(bytes.length, settings.baud()).toNanos();
            long deadline = start + settings.printTime(job).toNanos();
            exchange(bytes, 0, settings.printTime(job));
            stopped = awaitJobEnd(job, lineClear, deadline);
            after = stopped == null ? statusNow() : stopped;
        } catch (DeviceException e) {
            return PrintOutcome.incomplete(lineFailure(e, "the receipt may be incomplete"), job.fallbacks());
        }
        if (stopped != null) {
            return PrintOutcome.incomplete(explain("打印中断 printing stopped", stopped, "; the receipt is incomplete"),
                    job.fallbacks());
        }
        if (!after.canPrint()) {
            return PrintOutcome.incomplete(explain("打印后 after printing", after, "; the receipt may be incomplete"),
                    job.fallbacks());
        }
        return PrintOutcome.printed(job.fallbacks());
    }

    /** E.g. {@code 未打印 not printed: 打印机缺纸 the printer is out of paper — load a new paper roll, then print again}. */
    private static String explain(String what, PrinterStatus status, String consequence) {
        return what + ": " + status.describe() + consequence + " — " + status.problems().get(0).fix() + ", then print again";
    }

    /** The failure of the line, saying what became of the job and offering to print again. */
    private static String lineFailure(DeviceException e, String whatBecameOfIt) {
        return e.getMessage() + "; " + whatBecameOfIt + ": " + AGAIN;
    }

    /**
     * Waits for the answer to GS r 1: first as long as the job's bytes take on the line and a poll more
     * (nothing can answer before they have crossed it, and a status question would only queue behind
     * them), then reading the status whenever the printer has been quiet for a poll. Returns null when
     * the job came out, or the status that stopped it.
     */
    private PrinterStatus awaitJobEnd(EncodedReceipt job, long lineClear, long deadline) {
        long firstWait = lineClear + TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS) - System.nanoTime();
        Byte answer = answerTo(NOTHING, Duration.ofNanos(Math.max(1, Math.min(firstWait, deadline - System.nanoTime()))));
        while (answer == null || PrinterStatus.isReply(answer)) {
            if (answer == null) {
                Optional<StatusRead> read = readStatus(true);
                if (read.isPresent() && read.get().jobEnded()) {
                    return null;
                }
                if (read.isPresent() && !read.get().status().canPrint()) {
                    return read.get().status();
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                DeviceException.Timeout late = new DeviceException.Timeout("receipt: the printer did not finish the job"
                        + " within " + settings.printTime(job).toMillis() + " ms", "look at the printer: is it printing?");
                disconnect();
                health.report(State.NOT_READY, late.getMessage());
                throw late;
            }
            answer = answerTo(NOTHING, Duration.ofNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS))));
        }
        return null;
    }

    private PrinterStatus statusNow() {
        return readStatus(false).orElseThrow().status();
    }

    /** A status, and whether the answer to GS r 1 came in among its replies. */
    private record StatusRead(PrinterStatus status, boolean jobEnded) {
    }

    /**
     * Asks DLE EOT 1–4 and reads the four replies, passing over other bytes (a late answer to GS r 1); the
     * health follows the status. During a job a printer that does not answer in time is taken to be busy
     * (its line held back by flow control): empty; otherwise that fails.
     */
    private Optional<StatusRead> readStatus(boolean duringJob) {
        byte[] replies = new byte[PrinterStatus.REPLIES];
        int got = 0;
        int stray = 0;
        byte[] question = PrinterStatus.query();
        while (got < PrinterStatus.REPLIES) {
            Byte reply = duringJob ? answerTo(question, settings.statusTimeout())
                    : exchange(question, 1, settings.statusTimeout())[0];
            question = NOTHING;
            if (reply == null) {
                return Optional.empty();
            }
            if (PrinterStatus.isReply(reply)) {
                replies[got++] = reply;
            } else if (++stray > MAX_STRAY_BYTES) {
                DeviceException.Protocol garbled = new DeviceException.Protocol("receipt: the printer sent " + stray
                        + " bytes that answer nothing asked", "check the printer's baud rate and cable");
                disconnect();
                health.report(State.WARNING, garbled.getMessage());
                throw garbled;
            }
        }
        PrinterStatus status = PrinterStatus.decode(replies);
        health.report(status.healthState(), status.describe());
        return Optional.of(new StatusRead(status, stray > 0));
    }

    /** One exchange over the link, connecting first when there is none; a failing line is closed, the health set. */
    private byte[] exchange(byte[] bytes, int answerLength, Duration timeout) {
        PrinterLink current = connectedLink();
        try {
            return current.exchange(bytes, answerLength, timeout);
        } catch (DeviceException.Offline e) {
            throw gone(e);
        } catch (DeviceException.Timeout e) {
            disconnect();
            health.report(State.NOT_READY, e.getMessage());
            throw e;
        }
    }

    /** Writes {@code bytes}, then the next byte the printer sends within {@code wait}, or null when it sends none. */
    private Byte answerTo(byte[] bytes, Duration wait) {
        PrinterLink current = connectedLink();
        try {
            return current.exchange(bytes, 1, wait)[0];
        } catch (DeviceException.Timeout quiet) {
            return null;
        } catch (DeviceException.Offline e) {
            throw gone(e);
        }
    }

    private DeviceException.Offline gone(DeviceException.Offline e) {
        disconnect();
        health.report(State.OFFLINE, e.getMessage());
        return e;
    }

    private PrinterLink connectedLink() {
        if (link == null) {
            connect();
        }
        return link;
    }

    private void connect() {
        PrinterConnection opened;
        try {
            opened = connector.connect();
        } catch (DeviceException.Offline e) {
            health.report(State.OFFLINE, e.getMessage());
            throw e;
        }
        connection = opened;
        link = new LoggingPrinterLink(new MeteredPrinterLink(opened, this::exchanged));
        health.report(State.NOT_READY, "port " + settings.portPath() + " open; status not read yet");
    }

    private void disconnect() {
        PrinterConnection open = connection;
        connection = null;
        link = null;
        if (open != null) {
            open.close();
        }
    }

    private void exchanged(MeteredPrinterLink.Exchange exchange) {
        exchangeListeners.forEach(listener -> listener.accept(exchange));
    }
}
