package com.hallkiosk.journal;

/**
 * The kiosk's way to the central's journal (HTTP in production, in-process in tests). An upload that
 * throws may or may not have been stored: the kiosk keeps the entries and sends the same batch again.
 */
public interface JournalChannel {
    UploadReceipt upload(UploadBatch batch) throws JournalUploadException;
}
