package com.hallkiosk.device.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The A4 printer when nothing answers where cupsd should (a port nobody listens on), and documents it
 * refuses before asking CUPS anything. Needs no CUPS.
 */
class CupsdNotRunningTest {
    private static final long WAIT_SECONDS = 30;
    private DocumentPrinterSettings settings;
    private int port;

    @BeforeEach
    void nobodyListens() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        settings = DocumentPrinterSettings.defaults("hp").withServer(new CupsServer("127.0.0.1", port));
    }

    @Test
    void theHealthIsOfflineSaysWhatToStartAndNothingIsReportedPrinted() throws Exception {
        try (CupsDocumentPrinter printer = new CupsDocumentPrinter(settings, Clock.systemUTC())) {
            printer.open().get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(printer.health().state()).isEqualTo(DeviceHealth.State.OFFLINE);
            assertThat(printer.health().reason()).isEqualTo("cupsd not running: nothing answers at 127.0.0.1:" + port);
            assertThatThrownBy(() -> printer.enable().get(WAIT_SECONDS, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(DeviceException.Offline.class)
                    .satisfies(failure -> assertThat(((DeviceException) failure).whatToCheck())
                            .contains("systemctl start cups"));

            DocumentPrintOutcome outcome = printer.print(A4TestPage.build("hp", ZonedDateTime.now()))
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(outcome.printed()).isFalse();
            assertThat(outcome.jobId()).isZero();
            assertThat(outcome.problem()).isEqualTo("not printed: cupsd not running: nothing answers at 127.0.0.1:" + port);
            assertThat(outcome.whatToCheck()).contains("systemctl start cups");
            assertThat(outcome.reprintOffered()).isTrue();
        }
        assertThat(new CupsDocumentPrinter(settings, Clock.systemUTC()).health().reason()).isEqualTo("not opened");
    }

    @Test
    void aPageThatIsNotA4IsRefusedAndAReprintWouldNotHelp() throws Exception {
        try (CupsDocumentPrinter printer = new CupsDocumentPrinter(settings, Clock.systemUTC())) {
            printer.open().get(WAIT_SECONDS, TimeUnit.SECONDS);
            DocumentPrintOutcome letter = printer.print(pdf(PDRectangle.A4, PDRectangle.LETTER)).get(WAIT_SECONDS,
                    TimeUnit.SECONDS);
            assertThat(letter.printed()).isFalse();
            assertThat(letter.problem()).isEqualTo("page 2 is 216 × 279 mm, not A4 (210 × 297 mm)");
            assertThat(letter.reprintOffered()).isFalse();

            PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            DocumentPrintOutcome turned = printer.print(pdf(landscape)).get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(turned.problem()).as("A4 on its side is A4; it got as far as asking cupsd")
                    .contains("cupsd not running");

            DocumentPrintOutcome garbage = printer.print(PrintablePdf.of("not a pdf".getBytes(), "form"))
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(garbage.problem()).startsWith("not a readable PDF");
            assertThat(garbage.reprintOffered()).isFalse();
        }
    }

    @Test
    void printingBeforeOpenIsNotPrinted() throws Exception {
        try (CupsDocumentPrinter printer = new CupsDocumentPrinter(settings, Clock.systemUTC())) {
            DocumentPrintOutcome outcome = printer.print(pdf(PDRectangle.A4)).get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(outcome.printed()).isFalse();
            assertThat(outcome.problem()).isEqualTo("not printed: document: print on a closed device");
        }
    }

    private static PrintablePdf pdf(PDRectangle... pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (PDRectangle size : pages) {
                document.addPage(new PDPage(size));
            }
            return PrintablePdf.of(document, "form");
        }
    }
}
