package com.hallkiosk.journal;

import java.util.List;

/**
 * The central's answer to a batch: every entry of it is stored (now, {@code stored}, or before,
 * {@code alreadyStored}); the kiosk may forget the {@code acknowledged} entries.
 */
public record UploadReceipt(String batchKey, int stored, int alreadyStored, List<String> acknowledged) {
    public UploadReceipt {
        acknowledged = List.copyOf(acknowledged);
    }
}
