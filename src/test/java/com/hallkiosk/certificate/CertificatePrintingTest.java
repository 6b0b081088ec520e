package com.hallkiosk.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.certificate.content.Holder;
import com.hallkiosk.certificate.content.PersonalContribution;
import com.hallkiosk.certificate.render.RenderedCertificate;
import com.hallkiosk.certificate.sample.SampleCertificates;
import com.hallkiosk.device.document.CupsDocumentPrinter;
import com.hallkiosk.device.document.CupsTestQueues;
import com.hallkiosk.device.document.DocumentPrintOutcome;
import com.hallkiosk.device.document.DocumentPrinterSettings;
import com.hallkiosk.device.document.PrintablePdf;
import com.hallkiosk.device.document.PrintedPages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A certificate from the renderer to paper: through the A4 printer's port, javax.print and a real CUPS
 * queue into the cups-pdf virtual printer (scripts/test sets it up), whose PDF must show every page as
 * it was rendered — the table's pages, the seal and the QR code where they were put.
 */
class CertificatePrintingTest {
    private static final long WAIT_SECONDS = 60;

    @BeforeEach
    void cups() {
        CupsTestQueues.requireQueues();
    }

    @Test
    void aTwoPageCertificateComesOutOfCupsPdfPageForPage() throws Exception {
        PersonalContribution record = SampleCertificates.personalContribution(new Holder("张堃", "210302197905140236"),
                YearMonth.of(1990, 7));
        RenderedCertificate rendered = CertificateFixture.renderer().render(CertificateFixture.certificate(record));
        assertThat(rendered.pages()).isEqualTo(2);

        try (CupsDocumentPrinter printer = new CupsDocumentPrinter(DocumentPrinterSettings.defaults(CupsTestQueues.QUEUE),
                Clock.systemUTC())) {
            printer.open().get(WAIT_SECONDS, TimeUnit.SECONDS);
            DocumentPrintOutcome outcome = printer.print(PrintablePdf.of(rendered.pdf(), "personal-contribution"))
                    .get(WAIT_SECONDS, TimeUnit.SECONDS);
            assertThat(outcome.printed()).as(outcome.problem()).isTrue();
            assertThat(outcome.pages()).isEqualTo(2);

            Path produced = CupsTestQueues.output(outcome.jobId()).orElseThrow(() -> new AssertionError(
                    "reported printed, but cups-pdf made no PDF of job " + outcome.jobId()));
            try (PDDocument paper = Loader.loadPDF(produced.toFile());
                 PDDocument sent = Loader.loadPDF(rendered.pdf())) {
                assertThat(paper.getNumberOfPages()).isEqualTo(2);
                for (int page = 0; page < 2; page++) {
                    PrintedPages.assertSamePage(paper, page, sent, page);
                }
                assertThatThrownBy(() -> PrintedPages.assertSamePage(paper, 0, sent, 1))
                        .as("the comparison tells two pages of the same table apart").isInstanceOf(AssertionError.class);
            } finally {
                Files.delete(produced);
            }
        }
    }
}
