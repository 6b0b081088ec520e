package com.hallkiosk.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.hallkiosk.catalog.store.CatalogChangeSet;
import com.hallkiosk.catalog.store.CatalogRow;
import com.hallkiosk.catalog.store.RowKind;
import com.hallkiosk.catalog.store.RuleRows;
import com.hallkiosk.sync.central.CatalogChange;
import com.hallkiosk.wire.WireJson;
import java.io.IOException;
import java.util.List;

/**
 * The catalog sync's wire payload, JSON:
 * {@code {"region", "fromVersion", "toVersion", "kind": "changes"|"snapshot", "upserts": [row], "deletes": [row]}},
 * a row being {@code {"kind", "key", "region", "position", "body"}} with the body embedded as JSON
 * (and absent in a delete). Decoding is strict: unknown fields, or a missing region, kind, row kind or key, reject the
 * payload, and so does a rule set or holiday year its reader refuses.
 */
public final class PayloadCodec {
    private static final String CHANGES = "changes";
    private static final String SNAPSHOT = "snapshot";

    private final ObjectMapper json;

    public PayloadCodec() {
        // The wire's JSON, and nothing after the payload's object: signed bytes are one JSON value.
        json = WireJson.mapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public byte[] encode(CatalogChangeSet changes) {
        Payload payload = new Payload(changes.regionId(), changes.fromVersion(), changes.toVersion(),
                changes.snapshot() ? SNAPSHOT : CHANGES,
                changes.upserts().stream().map(PayloadCodec::wire).toList(),
                changes.deletes().stream().map(row -> wire(new CatalogRow(row.kind(), row.key(), row.scope(),
                        row.position(), null))).toList());
        try {
            return json.writeValueAsBytes(payload);
        } catch (IOException e) {
            throw new IllegalStateException("a catalog payload could not be written as JSON", e);
        }
    }

    /** The change set in a payload whose signature was already verified. */
    public CatalogChangeSet decode(byte[] bytes) throws MalformedPayloadException {
        Payload payload;
        try {
            payload = json.readValue(bytes, Payload.class);
        } catch (IOException e) {
            throw new MalformedPayloadException("the catalog payload is not valid: " + e.getMessage(), e);
        }
        if (payload.region() == null || payload.kind() == null || payload.upserts() == null
                || payload.deletes() == null) {
            throw new MalformedPayloadException("the catalog payload lacks its region, kind, upserts or deletes", null);
        }
        if (!payload.kind().equals(CHANGES) && !payload.kind().equals(SNAPSHOT)) {
            throw new MalformedPayloadException("the catalog payload's kind is " + payload.kind(), null);
        }
        try {
            CatalogChangeSet changes = new CatalogChangeSet(payload.region(), payload.kind().equals(SNAPSHOT),
                    payload.fromVersion(), payload.toVersion(), payload.upserts().stream().map(PayloadCodec::row).toList(),
                    payload.deletes().stream().map(PayloadCodec::row).toList());
            // A rule row is read as the kiosk will read it before anything is applied: one that would not load
            // refuses the whole change, and the rules held stay.
            changes.upserts().forEach(RuleRows::check);
            return changes;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedPayloadException("the catalog payload is not valid: " + e.getMessage(), e);
        }
    }

    /**
     * An operator's change in the payload's own row format: {@code {"upserts": [rows], "deletes":
     * [{"kind": "item", "key": "…"}]}}, each upsert with its kind, key, region, position and body.
     */
    public CatalogChange decodeChange(byte[] bytes) throws MalformedPayloadException {
        ChangeFile file;
        try {
            file = json.readValue(bytes, ChangeFile.class);
            return new CatalogChange(file.upserts() == null ? List.of() : file.upserts().stream().map(PayloadCodec::row).toList(),
                    file.deletes() == null ? List.of() : file.deletes().stream()
                            .map(row -> new CatalogRow.RowId(RowKind.fromWire(row.kind()), row.key())).toList());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MalformedPayloadException("not a catalog change: " + e.getOriginalMessage(), e);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedPayloadException("not a catalog change: " + e.getMessage(), e);
        }
    }

    record ChangeFile(List<WireRow> upserts, List<DeletedRow> deletes) {
    }

    /** A delete names its row only. */
    record DeletedRow(String kind, String key) {
    }

    private static WireRow wire(CatalogRow row) {
        return new WireRow(row.kind().wireName(), row.key(), row.scope(), row.position(), row.body());
    }

    private static CatalogRow row(WireRow row) {
        return new CatalogRow(RowKind.fromWire(row.kind()), row.key(), row.region(), row.position(), row.body());
    }

    record Payload(String region, long fromVersion, long toVersion, String kind, List<WireRow> upserts,
                   List<WireRow> deletes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record WireRow(String kind, String key, String region, int position,
                   @JsonRawValue @JsonDeserialize(using = RawJson.class) String body) {
    }

    /** Reads an embedded JSON value back as its text, which is what the kiosk stores. */
    static final class RawJson extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return context.readTree(parser).toString();
        }
    }
}
