package com.hallkiosk.device.document;

import com.hallkiosk.device.DevicePort;
import java.util.concurrent.CompletableFuture;

/**
 * The A4 document printer (文书打印机): certificates and forms printed through the operating system's
 * print queue. Health is READY when the queue exists, is enabled and accepts jobs, WARNING when the
 * printer warns (supplies low), NOT_READY when the queue is stopped, rejects jobs or the printer reports
 * an error, OFFLINE when the queue or the print service is missing.
 */
public interface DocumentPrinter extends DevicePort {
    /**
     * Prints every page of the document at its own size (A4), one job, and completes once the print
     * system is done with it; it never fails, every problem is an outcome. "Printed" means the print
     * spooler reported the job completed: every page went through its filters and was handed to the
     * printer. A spooler cannot know that paper came out (a jam after that is the printer's to report);
     * it can know that the job was aborted, cancelled, or is stuck, and those are never reported printed.
     */
    CompletableFuture<DocumentPrintOutcome> print(PrintablePdf document);
}
