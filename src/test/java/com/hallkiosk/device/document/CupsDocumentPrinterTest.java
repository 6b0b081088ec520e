package com.hallkiosk.device.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The A4 printer through real CUPS queues (scripts/test sets them up): a job goes through javax.print
 * and lpr into cupsd and the cups-pdf virtual printer, whose PDF is what came out; and the faults —
 * a stopped queue, a job that never finishes, a job the printer's backend fails, a missing queue —
 * each end with nothing reported printed.
 */
class CupsDocumentPrinterTest {
    private static final long WAIT_SECONDS = 60;

    @BeforeEach
    void cups() {
        CupsTestQueues.requireQueues();
    }

    private static CupsDocumentPrinter printer(DocumentPrinterSettings settings) {
        return new CupsDocumentPrinter(settings, Clock.systemUTC());
    }

    private static DocumentPrintOutcome print(DocumentPrinter printer, PrintablePdf document) throws Exception {
        return printer.print(document).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void theTestPageComesOutOfCupsPdfAsTheSameA4Page() throws Exception {
        PrintablePdf page = A4TestPage.build(CupsTestQueues.QUEUE, ZonedDateTime.now());
        List<Path> spoolFilesBefore = javaSpoolFiles();
        try (CupsDocumentPrinter printer = printer(DocumentPrinterSettings.defaults(CupsTestQueues.QUEUE))) {
            printer.open().get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(printer.health().state()).isEqualTo(DeviceHealth.State.READY);
            assertThat(printer.health().reason()).startsWith("queue hallkiosk-pdf ");
            printer.enable().get(WAIT_SECONDS, TimeUnit.SECONDS);

            DocumentPrintOutcome outcome = print(printer, page);
            assertThat(outcome.printed()).as(outcome.problem()).isTrue();
            assertThat(outcome.pages()).isEqualTo(1);
            assertThat(outcome.jobId()).isPositive();

            Path produced = CupsTestQueues.output(outcome.jobId()).orElseThrow(() -> new AssertionError(
                    "reported printed, but cups-pdf made no PDF of job " + outcome.jobId() + " in " + CupsTestQueues.OUTPUT));
            try (PDDocument paper = Loader.loadPDF(produced.toFile());
                 PDDocument sent = Loader.loadPDF(page.bytes())) {
                assertThat(paper.getNumberOfPages()).as("no banner page, one copy").isEqualTo(1);
                PDRectangle size = paper.getPage(0).getMediaBox();
                assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
                assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
                PrintedPages.assertSamePage(paper, 0, sent, 0);
            } finally {
                Files.delete(produced);
            }
            assertThat(CupsTestQueues.client().job(outcome.jobId())).as("purged from CUPS's spool and history").isEmpty();
            assertThat(javaSpoolFiles()).as("the JDK's PostScript spool file is removed").isEqualTo(spoolFilesBefore);
        }
    }

    /** The JDK's own list of print services would not have it for two minutes: each job looks afresh. */
    @Test
    void aQueueMadeAfterTheJdkListedTheQueuesIsPrintedTo() throws Exception {
        try (CupsDocumentPrinter printer = printer(DocumentPrinterSettings.defaults(CupsTestQueues.QUEUE))) {
            printer.open().get(WAIT_SECONDS, TimeUnit.SECONDS);
            DocumentPrintOutcome first = print(printer, A4TestPage.build(CupsTestQueues.QUEUE, ZonedDateTime.now()));
            assertThat(first.printed()).as(first.problem()).isTrue();
            Files.delete(CupsTestQueues.output(first.jobId()).orElseThrow());
        }
        try (CupsTestQueues.TemporaryQueue queue = CupsTestQueues.temporaryCupsPdfQueue();
             CupsDocumentPrinter printer = printer(DocumentPrinterSettings.defaults(queue.name()))) {
            printer.open().get(WAIT_SECONDS, TimeUnit.SECONDS);
            DocumentPrintOutcome outcome = print(printer, A4TestPage.build(queue.name(), ZonedDateTime.now()));
            assertThat(outcome.printed()).as(outcome.problem()).isTrue();
            Files.delete(CupsTestQueues.output(outcome.jobId()).orElseThrow());
        }
    }

    @Test
    void aStoppedQueueGetsNoJobAndTheMessageSaysHowToStartIt() throws Exception {
        try (CupsTestQueues.TemporaryQueue queue = CupsTestQueues.temporaryCupsPdfQueue();
             CupsDocumentPrinter printer = printer(DocumentPrinterSettings.defaults(queue.name()))) {
            queue.stop();
            printer.open().get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(printer.health().state()).isEqualTo(DeviceHealth.State.NOT_READY);
            assertThat(printer.health().reason()).startsWith("queue " + queue.name() + " stopped");
            assertThatThrownBy(() -> printer.enable().get(WAIT_SECONDS, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(DeviceException.class)
                    .satisfies(failure -> assertThat(((DeviceException) failure).whatToCheck())
                            .contains("cupsenable " + queue.name()));

            DocumentPrintOutcome outcome = print(printer, A4TestPage.build(queue.name(), ZonedDateTime.now()));
            assertThat(outcome.printed()).isFalse();
            assertThat(outcome.jobId()).as("nothing was sent").isZero();
            assertThat(outcome.problem()).contains("not printed", "stopped");
            assertThat(outcome.whatToCheck()).contains("cupsenable " + queue.name());
            assertThat(outcome.reprintOffered()).isTrue();
            assertThat(CupsTestQueues.jobsOn(queue.name())).isEmpty();
        }
    }

    @Test
    void aQueueStoppedWhileTheJobWaitsHasTheJobCancelledSoThatItCannotPrintLater() throws Exception {
        try (CupsTestQueues.TemporaryQueue queue = CupsTestQueues.neverFinishingQueue();
             CupsDocumentPrinter printer = printer(DocumentPrinterSettings.defaults(queue.name()))) {
            printer.open().get(WAIT_SECONDS, TimeUnit.SECONDS);
            CompletableFuture<DocumentPrintOutcome> outcome = printer.print(A4TestPage.build(queue.name(), ZonedDateTime.now()));
            awaitJobOn(queue.name());
            queue.stop();

            DocumentPrintOutcome stopped = outcome.get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(stopped.printed()).isFalse();
            assertThat(stopped.jobId()).isPositive();
            assertThat(stopped.problem()).contains("stopped", "job " + stopped.jobId() + " was cancelled so that it"
                    + " cannot print later");
            assertThat(stopped.reprintOffered()).isTrue();
            assertThat(CupsTestQueues.client().job(stopped.jobId())).isEmpty();
            assertThat(CupsTestQueues.jobsOn(queue.name())).isEmpty();
        }
    }

    @Test
    void aJobThatDoesNotFinishInTimeIsCancelledAndNotReportedPrinted() throws Exception {
        try (CupsTestQueues.TemporaryQueue queue = CupsTestQueues.neverFinishingQueue();
             CupsDocumentPrinter printer = printer(DocumentPrinterSettings.defaults(queue.name())
                     .withJobTimeout(Duration.ofSeconds(2)))) {
            printer.open().get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(printer.health().state()).as("CUPS cannot know the printer is not there before a job")
                    .isEqualTo(DeviceHealth.State.READY);

            DocumentPrintOutcome outcome = print(printer, A4TestPage.build(queue.name(), ZonedDateTime.now()));
            assertThat(outcome.printed()).isFalse();
            assertThat(outcome.problem()).contains("did not finish within 2 s", "was cancelled so that it cannot print later");
            assertThat(outcome.reprintOffered()).isTrue();
            assertThat(CupsTestQueues.client().job(outcome.jobId())).isEmpty();
            assertThat(CupsTestQueues.jobsOn(queue.name())).isEmpty();
        }
    }

    @Test
    void aJobThePrintersBackendFailsIsNotReportedPrinted() throws Exception {
        try (CupsDocumentPrinter printer = printer(DocumentPrinterSettings.defaults(CupsTestQueues.BROKEN_QUEUE))) {
            printer.open().get(WAIT_SECONDS, TimeUnit.SECONDS);
            DocumentPrintOutcome outcome = print(printer, A4TestPage.build(CupsTestQueues.BROKEN_QUEUE, ZonedDateTime.now()));
            assertThat(outcome.printed()).isFalse();
            assertThat(outcome.jobId()).isPositive();
            assertThat(outcome.problem()).containsPattern("job " + outcome.jobId() + " was cancelled|aborted job "
                    + outcome.jobId());
            assertThat(outcome.reprintOffered()).isTrue();
        }
    }

    @Test
    void aMissingQueueIsOfflineAndGetsNoJob() throws Exception {
        String missing = "hallkiosk-no-such-queue";
        try (CupsDocumentPrinter printer = printer(DocumentPrinterSettings.defaults(missing))) {
            printer.open().get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(printer.health().state()).isEqualTo(DeviceHealth.State.OFFLINE);
            assertThat(printer.health().reason()).isEqualTo("queue " + missing + " missing: CUPS has no queue of that name");
            assertThatThrownBy(() -> printer.enable().get(WAIT_SECONDS, TimeUnit.SECONDS))
                    .cause().isInstanceOf(DeviceException.Offline.class);

            DocumentPrintOutcome outcome = print(printer, A4TestPage.build(missing, ZonedDateTime.now()));
            assertThat(outcome.printed()).isFalse();
            assertThat(outcome.jobId()).isZero();
            assertThat(outcome.whatToCheck()).contains("lpstat -p", "document.queue");
        }
    }

    @Test
    void withoutTheLprTheJdkSpoolsWithAReadyQueueIsNotReady() throws Exception {
        Path missing = Path.of("/nonexistent/lpr");
        try (CupsDocumentPrinter printer = new CupsDocumentPrinter(DocumentPrinterSettings.defaults(CupsTestQueues.QUEUE),
                Clock.systemUTC(), new JavaPrintSystem(missing))) {
            printer.open().get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(printer.health().state()).isEqualTo(DeviceHealth.State.NOT_READY);
            assertThat(printer.health().reason()).isEqualTo("Java prints through " + missing + ", which is missing");
            DocumentPrintOutcome outcome = print(printer, A4TestPage.build(CupsTestQueues.QUEUE, ZonedDateTime.now()));
            assertThat(outcome.printed()).isFalse();
            assertThat(outcome.jobId()).isZero();
            assertThat(outcome.whatToCheck()).isEqualTo("apt-get install cups-bsd");
        }
    }

    @Test
    void theHealthWatchSeesTheQueueStopAndStartAgain() throws Exception {
        List<DeviceHealth> seen = new CopyOnWriteArrayList<>();
        try (CupsTestQueues.TemporaryQueue queue = CupsTestQueues.temporaryCupsPdfQueue();
             CupsDocumentPrinter printer = printer(DocumentPrinterSettings.defaults(queue.name())
                     .withHealthPoll(Duration.ofMillis(200)))) {
            printer.onHealthChange(seen::add);
            printer.open().get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(printer.health().state()).isEqualTo(DeviceHealth.State.READY);
            queue.stop();
            awaitHealth(printer, DeviceHealth.State.NOT_READY);
            queue.start();
            awaitHealth(printer, DeviceHealth.State.READY);
        }
        assertThat(seen).extracting(DeviceHealth::state).containsSubsequence(DeviceHealth.State.READY,
                DeviceHealth.State.NOT_READY, DeviceHealth.State.READY, DeviceHealth.State.OFFLINE);
    }

    private static void awaitHealth(DocumentPrinter printer, DeviceHealth.State state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (printer.health().state() != state && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(printer.health().state()).as(printer.health().reason()).isEqualTo(state);
    }

    private static void awaitJobOn(String queue) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (CupsTestQueues.jobsOn(queue).isEmpty()) {
            assertThat(System.nanoTime()).as("a job on " + queue).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The JDK's PostScript spool files in the temporary directory. */
    private static List<Path> javaSpoolFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("javaprint")).sorted().toList();
        }
    }
}
