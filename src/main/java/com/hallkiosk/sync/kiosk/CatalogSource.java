package com.hallkiosk.sync.kiosk;

import com.hallkiosk.sync.signing.SignedPayload;

/**
 * Where a kiosk fetches its region's catalog changes: the central server over HTTPS in production, a
 * central in the same process for the demo. An implementation bounds every call with a timeout and
 * reports failures as {@link Fetched.Failed} rather than throwing.
 */
public interface CatalogSource {
    Fetched fetchChangesSince(String regionId, long version);

    /** What a fetch brought. */
    sealed interface Fetched {
        /** A payload as received: not yet verified. */
        record Payload(SignedPayload payload) implements Fetched {
        }

        record NotModified() implements Fetched {
        }

        /** The central could not be reached or answered an error; {@code reason} is for technicians. */
        record Failed(String reason) implements Fetched {
        }
    }
}
