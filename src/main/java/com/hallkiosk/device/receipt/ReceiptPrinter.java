package com.hallkiosk.device.receipt;

import com.hallkiosk.device.DevicePort;
import java.util.concurrent.CompletableFuture;

/**
 * The receipt printer (凭条打印机) port. A job is done only when the printer says so: the status is
 * checked before it (a printer that cannot print gets no job) and after it, and the outcome says
 * what came out. Every call returns at once and completes within the printer's timeout. A print
 * always completes with an outcome, never with an exception: a printer that reports a problem (no
 * paper, cover open), cannot be reached, or stops answering gives an outcome that was not printed,
 * says why, and says whether part of the receipt may have come out; the health says the rest.
 */
public interface ReceiptPrinter extends DevicePort {
    CompletableFuture<PrintOutcome> print(Receipt receipt);
}
