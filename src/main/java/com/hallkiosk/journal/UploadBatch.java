package com.hallkiosk.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Journal entries sent together, under an idempotency key that is the same for the same entries: a
 * kiosk that sends a batch again (its answer lost, its process killed) sends it under the same key,
 * and the central answers it again without storing anything twice.
 */
public record UploadBatch(String batchKey, List<JournalEntry> entries) {
    public static final int MAX_ENTRIES = 1000;

    public UploadBatch {
        entries = List.copyOf(entries);
        if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_ENTRIES + " entries, not " + entries.size());
        }
        if (!Objects.equals(batchKey, keyOf(entries))) {
            throw new IllegalArgumentException("the batch key is not that of its entries");
        }
        if (entries.stream().map(JournalEntry::kioskId).distinct().count() != 1) {
            throw new IllegalArgumentException("a batch comes from one kiosk");
        }
    }

    public static UploadBatch of(List<JournalEntry> entries) {
        return new UploadBatch(keyOf(entries), entries);
    }

    public String kioskId() {
        return entries.get(0).kioskId();
    }

    /** SHA-256 over the entries' ids in order, 128 bits in hex. */
    static String keyOf(List<JournalEntry> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (JournalEntry entry : entries) {
                sha.update(entry.entryId().getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
