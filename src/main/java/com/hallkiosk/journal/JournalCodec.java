package com.hallkiosk.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.wire.WireJson;

/** Journal entries and upload batches as JSON: in the kiosk's outbox and on the wire to the central. */
public final class JournalCodec {
    private final ObjectMapper json = WireJson.mapper();

    public String entry(JournalEntry entry) {
        return write(entry);
    }

    public JournalEntry entry(String body) {
        return read(body, JournalEntry.class);
    }

    public String batch(UploadBatch batch) {
        return write(batch);
    }

    public UploadBatch batch(String body) {
        return read(body, UploadBatch.class);
    }

    public String receipt(UploadReceipt receipt) {
        return write(receipt);
    }

    public UploadReceipt receipt(String body) {
        return read(body, UploadReceipt.class);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal record always serialises", e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            // The record's own check (a malformed entry id, an unmasked number) is the cause Jackson wraps.
            Throwable reason = e.getCause() instanceof IllegalArgumentException refused ? refused : e;
            String message = reason instanceof JsonProcessingException json ? json.getOriginalMessage() : reason.getMessage();
            throw new MalformedJournalException("not a journal " + type.getSimpleName() + ": " + message, e);
        }
    }
}
