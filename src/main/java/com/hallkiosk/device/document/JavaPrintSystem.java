package com.hallkiosk.device.document;

import com.hallkiosk.device.DeviceHealth;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobSheets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * The JDK's print system (javax.print and java.awt.print), as the document printer uses it: find a
 * queue's print service, and spool a PDF to it with PDFBox's {@link PDFPageable}.
 *
 * <p>On Linux the JDK lists CUPS's queues over IPP and spools a job by rendering the pages to PostScript
 * in a temporary file ({@code javaprint*.ps} in java.io.tmpdir, created owner-only by
 * {@code Files.createTempFile}) and running {@code lpr} on it; it deletes the file once lpr returns.
 * lpr copies the job into CUPS's spool, which {@link CupsClient#cancel} purges when the job is done.
 */
final class JavaPrintSystem {
    /**
     * The JDK keeps the print services it found and refreshes them on its own schedule, at best every two
     * minutes, unless polling is off; then every lookup asks CUPS again. A service that outlived its
     * queue (deleted and re-created, cupsd restarted) is the known stale-service failure, so jobs look
     * their service up afresh. The property is read once, when the JDK's lookup is first used.
     */
    private static final String POLLING = "sun.java2d.print.polling";
    /** Where the JDK runs lpr from on Linux (sun.print.PSPrinterJob), whatever the PATH says. */
    static final Path LPR = Path.of("/usr/bin/lpr");

    private final Path spooler;

    JavaPrintSystem(Path spooler) {
        this.spooler = spooler;
        if (System.getProperty(POLLING) == null) {
            System.setProperty(POLLING, "false");
        }
    }

    /** Why the JDK cannot hand jobs to CUPS here, if it cannot: CUPS may be fine and every job still fail. */
    Optional<QueueVerdict> missingSpooler() {
        if (Files.isExecutable(spooler)) {
            return Optional.empty();
        }
        return Optional.of(new QueueVerdict(DeviceHealth.State.NOT_READY, "Java prints through " + spooler
                + ", which is missing", "apt-get install cups-bsd"));
    }

    /** The print service of the queue named {@code queue}, as CUPS lists it now. */
    Optional<PrintService> service(String queue) {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(service -> service.getName().equals(queue))
                .findFirst();
    }

    /**
     * Spools every page at its own size (PDFBox's actual-size printable, paper = the page's media box),
     * one copy, no banner page. Returns once lpr has handed the job to CUPS; that is not the job printed.
     */
    void spool(PrintService service, PDDocument document, String jobTitle) throws PrinterException {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setPrintService(service);
        job.setPageable(new PDFPageable(document));
        job.setJobName(jobTitle);
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        // Without JobSheets.NONE the JDK asks CUPS for its "standard" banner page before the document.
        attributes.add(JobSheets.NONE);
        attributes.add(new Copies(1));
        job.print(attributes);
    }
}
