package com.hallkiosk.sync.central;

import com.hallkiosk.catalog.store.CatalogChangeSet;
import com.hallkiosk.sync.PayloadCodec;
import com.hallkiosk.sync.signing.PayloadSigner;
import com.hallkiosk.sync.signing.SignedPayload;

/**
 * What {@code GET /v1/catalog/{region}/changes?since=N} answers, without HTTP: not modified (304 with
 * the ETag), or the signed payload (200 with the ETag and the signature header).
 */
public final class CatalogFeed {
    private final CentralCatalog catalog;
    private final PayloadCodec codec;
    private final PayloadSigner signer;

    public CatalogFeed(CentralCatalog catalog, PayloadCodec codec, PayloadSigner signer) {
        this.catalog = catalog;
        this.codec = codec;
        this.signer = signer;
    }

    public Answer answer(String regionId, long since) {
        ChangesAnswer answer = catalog.changesSince(regionId, since);
        if (answer instanceof ChangesAnswer.Changes changes) {
            CatalogChangeSet set = changes.changes();
            return new Answer.Signed(changes.etag(), set.toVersion(), set.snapshot(), signer.sign(codec.encode(set)));
        }
        return new Answer.NotModified(answer.etag());
    }

    /** The feed's answer. */
    public sealed interface Answer {
        String etag();

        record NotModified(String etag) implements Answer {
        }

        record Signed(String etag, long toVersion, boolean snapshot, SignedPayload payload) implements Answer {
        }
    }
}
