package com.hallkiosk.device.document;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.DeviceThreads;
import com.hallkiosk.device.HealthTracker;
import java.awt.print.PrinterException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import javax.print.PrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The A4 printer behind a CUPS queue: jobs go through javax.print ({@link JavaPrintSystem}), and what
 * CUPS does with them is followed over IPP ({@link CupsClient}).
 *
 * <p>A job: the queue is asked first, and a job is only sent to a queue that exists, is enabled and
 * accepts jobs; the print service is then looked up afresh and the pages spooled; the job is found in
 * CUPS by its unique name and followed until CUPS finishes it. Completed is printed; aborted or
 * cancelled is not; a job still unfinished after {@link DocumentPrinterSettings#jobTimeout()}, or whose
 * queue is stopped while it waits, is cancelled (so that it cannot come out later, after the kiosk said
 * it did not) and reported not printed. Last, the job is purged from CUPS's spool, which would otherwise
 * keep the document for a day.
 *
 * <p>Privacy: the PDF is read in memory; the only file is the JDK's PostScript spool file, owner-only
 * and deleted once handed over (see {@link JavaPrintSystem}). Logs name queues and job numbers only.
 *
 * <p>Lifecycle: {@link #open()} starts the port's thread and a health check every
 * {@link DocumentPrinterSettings#healthPoll()}, and completes once the health reflects a first look at
 * the queue; {@link #enable()} fails unless the queue can print now.
 */
public final class CupsDocumentPrinter implements DocumentPrinter {
    private static final Logger LOG = LoggerFactory.getLogger(CupsDocumentPrinter.class);
    private static final String NAME = "document";

    private final DocumentPrinterSettings settings;
    private final CupsClient cups;
    private final JavaPrintSystem javaPrint;
    private final HealthTracker health;
    private final DeviceThreads threads = new DeviceThreads(NAME);

    public CupsDocumentPrinter(DocumentPrinterSettings settings, Clock clock) {
        this(settings, clock, new JavaPrintSystem(JavaPrintSystem.LPR));
    }

    CupsDocumentPrinter(DocumentPrinterSettings settings, Clock clock, JavaPrintSystem javaPrint) {
        this.settings = settings;
        this.cups = new CupsClient(settings.server(), settings.requestTimeout(), System.getProperty("user.name"));
        this.javaPrint = javaPrint;
        this.health = new HealthTracker(clock, "not opened");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CompletableFuture<Void> open() {
        if (!threads.start(settings.healthPoll(), "check queue", lookDeadline(), this::look)) {
            return CompletableFuture.completedFuture(null);
        }
        return submit("open", lookDeadline(), () -> {
            look();
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> enable() {
        return submit("enable", lookDeadline(), () -> {
            QueueVerdict verdict = look().verdict();
            if (!verdict.canPrint()) {
                throw verdict.state() == DeviceHealth.State.OFFLINE
                        ? new DeviceException.Offline(verdict.reason(), verdict.whatToCheck(), null)
                        : new DeviceException(verdict.reason(), verdict.whatToCheck());
            }
            return null;
        });
    }

    @Override
    public CompletableFuture<DocumentPrintOutcome> print(PrintablePdf document) {
        return submit("print", settings.printDeadline(), () -> printNow(document)).exceptionally(failure -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            String check = cause instanceof DeviceException device ? device.whatToCheck() : null;
            return DocumentPrintOutcome.notPrinted(0, "not printed: " + cause.getMessage(), check == null
                    ? "`lpstat -o` shows whether a job is still queued; cancel it there before printing again" : check);
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

    @Override
    public void close() {
        if (threads.stop(lookDeadline(), () -> null)) {
            health.report(DeviceHealth.State.OFFLINE, "closed");
        }
    }

    private <T> CompletableFuture<T> submit(String operation, Duration deadline, Callable<T> task) {
        return threads.submit(operation, deadline, task);
    }

    private Duration lookDeadline() {
        return settings.requestTimeout().multipliedBy(3);
    }

    /** What CUPS said about the queue (null when it could not say), and what that means. */
    private record Look(QueueStatus status, QueueVerdict verdict) {
    }

    /** Asks CUPS about the queue, and reports what it says as the printer's health. */
    private Look look() {
        Look look;
        try {
            QueueStatus status = cups.queue(settings.queue().isEmpty() ? cups.defaultQueue() : settings.queue());
            QueueVerdict verdict = status.verdict();
            look = new Look(status, verdict.canPrint() ? javaPrint.missingSpooler().orElse(verdict) : verdict);
        } catch (DeviceException failure) {
            look = new Look(null, QueueVerdict.of(failure));
        }
        health.report(look.verdict().state(), look.verdict().reason());
        return look;
    }

    private DocumentPrintOutcome printNow(PrintablePdf document) {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(document.bytes()), "", null, null,
                IOUtils.createMemoryOnlyStreamCache())) {
            Optional<String> notA4 = A4Pages.problem(pdf);
            if (notA4.isPresent()) {
                return DocumentPrintOutcome.refused(notA4.get());
            }
            Look look = look();
            if (!look.verdict().canPrint()) {
                return DocumentPrintOutcome.notPrinted(0, "not printed: " + look.verdict().reason(),
                        look.verdict().whatToCheck());
            }
            return spool(look.status().queue(), pdf, document.jobName());
        } catch (IOException e) {
            return DocumentPrintOutcome.refused("not a readable PDF: " + e.getMessage());
        }
    }

    private DocumentPrintOutcome spool(String queue, PDDocument pdf, String jobName) {
        Optional<PrintService> service = javaPrint.service(queue);
        if (service.isEmpty()) {
            return DocumentPrintOutcome.notPrinted(0, "not printed: CUPS has queue " + queue
                    + " but Java's print system does not list it", "libcups2 must be installed; `lpstat -p` as the"
                    + " kiosk's user must list the queue");
        }
        // Unique, so that the job is found among others of the same kind; the random part says nothing.
        String title = jobName + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        try {
            javaPrint.spool(service.get(), pdf, title);
        } catch (PrinterException e) {
            QueueVerdict verdict = look().verdict();
            return DocumentPrintOutcome.notPrinted(0, "not printed: queue " + queue + " did not take the job: "
                    + e.getMessage(), verdict.whatToCheck() != null ? verdict.whatToCheck()
                    : "`lpstat -l -p " + queue + "` and cupsd's error_log");
        }
        String unlisted = "not known to be printed: the job was handed to queue " + queue + " but ";
        String check = "`lpstat -W all -o " + queue + "`: it may still print";
        try {
            Optional<JobStatus> queued = cups.newestJobNamed(queue, title);
            if (queued.isEmpty()) {
                return DocumentPrintOutcome.notPrinted(0, unlisted + "CUPS does not list it", check);
            }
            return follow(queue, queued.get(), pdf.getNumberOfPages());
        } catch (DeviceException lost) {
            return DocumentPrintOutcome.notPrinted(0, unlisted + lost.getMessage(), check);
        }
    }

    /**
     * Follows the job until CUPS has finished it, then purges it from CUPS's spool; a job that will not
     * finish is cancelled, and purged with it.
     */
    private DocumentPrintOutcome follow(String queue, JobStatus queued, int pages) {
        int id = queued.id();
        long deadline = System.nanoTime() + settings.jobTimeout().toNanos();
        JobStatus job = queued;
        try {
            while (!job.state().finished()) {
                Look look = look();
                QueueVerdict verdict = look.verdict();
                // A stopped queue holds its jobs until someone enables it: no point waiting for that.
                if (look.status() != null && look.status().state() == QueueStatus.State.STOPPED) {
                    return DocumentPrintOutcome.notPrinted(id, "not printed: " + verdict.reason() + "; job " + id
                            + cancel(id), verdict.whatToCheck());
                }
                if (System.nanoTime() > deadline) {
                    return DocumentPrintOutcome.notPrinted(id, "not printed: job " + id + " did not finish within "
                            + settings.jobTimeout().toSeconds() + " s (" + describe(job, verdict) + "); it"
                            + cancel(id) + "; pages that came out are incomplete",
                            verdict.whatToCheck() != null ? verdict.whatToCheck()
                                    : "the printer, and `lpstat -l -p " + queue + "`");
                }
                Thread.sleep(settings.jobPoll().toMillis());
                Optional<JobStatus> now = cups.job(id);
                if (now.isEmpty()) {
                    return DocumentPrintOutcome.notPrinted(id, "not printed: job " + id + " was removed from CUPS"
                            + " before it completed", "someone cancelled it: `lpstat -W completed -o " + queue + "`");
                }
                job = now.get();
            }
        } catch (DeviceException lost) {
            return DocumentPrintOutcome.notPrinted(id, "not known to be printed: " + lost.getMessage() + " while job "
                    + id + " was queued; it may still print", "once cupsd answers, `lpstat -o " + queue
                    + "`; cancel job " + id + " (`cancel " + id + "`) before printing again");
        } catch (InterruptedException e) {
            String cancelled = cancel(id);
            Thread.currentThread().interrupt();
            return DocumentPrintOutcome.notPrinted(id, "not printed: the kiosk stopped waiting for job " + id
                    + "; it" + cancelled, null);
        }
        purge(id);
        return switch (job.state()) {
            case COMPLETED -> DocumentPrintOutcome.printed(id, pages);
            case CANCELED -> DocumentPrintOutcome.notPrinted(id, "not printed: job " + id + " was cancelled ("
                    + job.explanation() + ")", "`lpstat -W completed -o " + queue + "`");
            default -> DocumentPrintOutcome.notPrinted(id, "not printed: CUPS aborted job " + id + " ("
                    + job.explanation() + ")", "the printer, and `lpstat -l -p " + queue + "`");
        };
    }

    /**
     * Cancels an unfinished job and purges it (see {@link CupsClient#cancel}); says how that went, as the
     * end of a sentence about the job. CUPS first has to stop the filters and backend of a job that is
     * printing, and purges only a job that has stopped: so it waits for that and purges again.
     */
    private String cancel(int id) {
        try {
            cups.cancel(id, true);
            long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
            Optional<JobStatus> job = cups.job(id);
            while (job.isPresent() && !job.get().state().finished() && System.nanoTime() < deadline) {
                Thread.sleep(settings.jobPoll().toMillis());
                job = cups.job(id);
            }
            if (job.isPresent() && !job.get().state().finished()) {
                return " is still " + job.get().state().name().toLowerCase(Locale.ROOT) + " after CUPS was asked to"
                        + " cancel it, and may still print: `lpstat -o`, `cancel " + id + "`";
            }
            job.ifPresent(stopped -> purge(id));
            return " was cancelled so that it cannot print later";
        } catch (DeviceException e) {
            return " could not be cancelled (" + e.getMessage() + ") and may still print: cancel it with `cancel " + id + "`";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return " was cancelled, but the kiosk did not wait to see it stop: `lpstat -o` shows whether it did";
        }
    }

    /** Removes a finished job's document and control file from CUPS's spool. */
    private void purge(int id) {
        try {
            cups.cancel(id, true);
        } catch (DeviceException e) {
            LOG.warn("job {} stays in CUPS's spool: purging it failed: {}", id, e.getMessage());
        }
    }

    private static String describe(JobStatus job, QueueVerdict verdict) {
        String why = job.explanation();
        return job.state().name().toLowerCase(Locale.ROOT) + (why.isEmpty() ? "" : ": " + why)
                + (verdict.canPrint() ? "" : "; " + verdict.reason());
    }
}
