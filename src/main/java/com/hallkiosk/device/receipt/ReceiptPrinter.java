package com.hallkiosk.device.receipt;

import com.hallkiosk.device.DeviceHealth;
import java.util.concurrent.CompletableFuture;

/** The receipt printer (凭条打印机) port: a job is done only when the printer says so. */
public interface ReceiptPrinter {
    CompletableFuture<PrintOutcome> print(Receipt receipt);

    DeviceHealth health();
}
