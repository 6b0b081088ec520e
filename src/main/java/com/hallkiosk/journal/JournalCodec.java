package com.hallkiosk.journal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Journal entries and upload batches as JSON: in the kiosk's outbox and on the wire to the central. */
public final class JournalCodec {
    /** Times as ISO-8601 instants ({@code 2026-11-22T08:00:00Z}), without a module for all of java.time. */
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new SimpleModule("instants")
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addDeserializer(Instant.class, new InstantDeserializer()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

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

    private static final class InstantDeserializer extends StdDeserializer<Instant> {
        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return Instant.parse(parser.getValueAsString());
            } catch (DateTimeParseException | NullPointerException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, parser.getValueAsString(),
                        "not an ISO-8601 instant");
            }
        }
    }
}
