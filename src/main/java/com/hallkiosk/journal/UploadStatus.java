package com.hallkiosk.journal;

import java.time.Instant;

/** What technicians see of the journal: entries waiting, the last upload that emptied the outbox, the last failure. */
public record UploadStatus(int pending, Instant lastSuccess, Instant lastFailure, String lastFailureReason) {
}
