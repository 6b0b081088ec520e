package com.hallkiosk.sync.kiosk;

import com.hallkiosk.catalog.store.CatalogChangeSet;
import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.catalog.store.CatalogStoreException;
import com.hallkiosk.catalog.store.SyncState;
import com.hallkiosk.catalog.store.VersionMismatchException;
import com.hallkiosk.sync.MalformedPayloadException;
import com.hallkiosk.sync.PayloadCodec;
import com.hallkiosk.sync.signing.PayloadVerifier;
import com.hallkiosk.sync.signing.SignatureRejectedException;
import com.hallkiosk.sync.signing.SignedPayload;

/**
 * One sync of the kiosk's region: ask the source for the changes since the version held, verify the
 * signature over the bytes received, then parse and apply them in one transaction. Any failure leaves
 * the catalog as it was. Used by the poller, and once by {@code catalog sync}.
 */
public final class KioskCatalogSync {
    private final String regionId;
    private final CatalogStore store;
    private final CatalogSource source;
    private final PayloadVerifier verifier;
    private final PayloadCodec codec;

    public KioskCatalogSync(String regionId, CatalogStore store, CatalogSource source, PayloadVerifier verifier,
                            PayloadCodec codec) {
        this.regionId = regionId;
        this.store = store;
        this.source = source;
        this.verifier = verifier;
        this.codec = codec;
    }

    public String regionId() {
        return regionId;
    }

    public long heldVersion() {
        return store.syncState(regionId).map(SyncState::version).orElse(0L);
    }

    public java.util.Optional<SyncState> syncState() {
        return store.syncState(regionId);
    }

    public SyncOutcome syncOnce() {
        long held = heldVersion();
        CatalogSource.Fetched fetched;
        try {
            fetched = source.fetchChangesSince(regionId, held);
        } catch (RuntimeException e) {
            return failed(SyncOutcome.Reason.SOURCE_UNAVAILABLE, "the catalog source failed: " + e);
        }
        if (fetched instanceof CatalogSource.Fetched.Payload payload) {
            return apply(payload.payload());
        }
        if (fetched instanceof CatalogSource.Fetched.Failed failure) {
            return failed(SyncOutcome.Reason.SOURCE_UNAVAILABLE, failure.reason());
        }
        return new SyncOutcome.UpToDate(regionId, held);
    }

    /** Verifies, then applies, a payload as received. */
    public SyncOutcome apply(SignedPayload received) {
        CatalogChangeSet changes;
        try {
            changes = codec.decode(verifier.verify(received));
        } catch (SignatureRejectedException | MalformedPayloadException e) {
            return failed(SyncOutcome.Reason.REJECTED, e.getMessage());
        }
        if (!changes.regionId().equals(regionId)) {
            return failed(SyncOutcome.Reason.REJECTED, "the catalog payload is for region " + changes.regionId()
                    + ", this kiosk is in " + regionId);
        }
        long held = heldVersion();
        // A signed but older payload, replayed, would roll the catalog back.
        if (changes.toVersion() <= held) {
            return failed(SyncOutcome.Reason.REJECTED, "the catalog payload brings version " + changes.toVersion()
                    + ", the kiosk already holds " + held);
        }
        try {
            store.apply(changes);
        } catch (VersionMismatchException e) {
            return failed(SyncOutcome.Reason.VERSION_MISMATCH, e.getMessage());
        } catch (CatalogStoreException e) {
            return failed(SyncOutcome.Reason.APPLY_FAILED, e.getMessage());
        }
        return new SyncOutcome.Applied(regionId, changes.fromVersion(), changes.toVersion(), changes.snapshot(),
                changes.upserts().size(), changes.deletes().size());
    }

    private SyncOutcome failed(SyncOutcome.Reason reason, String message) {
        return new SyncOutcome.Failed(regionId, reason, message);
    }
}
