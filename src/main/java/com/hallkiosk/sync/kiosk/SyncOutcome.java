package com.hallkiosk.sync.kiosk;

/** How one sync attempt ended. */
public sealed interface SyncOutcome {
    /** A change set or snapshot was verified and applied: the caller rebuilds its search index and caches. */
    record Applied(String regionId, long fromVersion, long toVersion, boolean snapshot, int upserts, int deletes)
            implements SyncOutcome {
    }

    /** The central confirmed the kiosk holds its newest catalog. */
    record UpToDate(String regionId, long version) implements SyncOutcome {
    }

    /** Nothing changed in the kiosk's catalog; it keeps serving the one it has. */
    record Failed(String regionId, Reason reason, String message) implements SyncOutcome {
    }

    /** Why an attempt failed. */
    enum Reason {
        /** The central was unreachable or answered an error. */
        SOURCE_UNAVAILABLE,
        /** The payload did not verify, was malformed, or was for another region or an older version. */
        REJECTED,
        /** The changes were made for another version than the one held; ask again since the held one. */
        VERSION_MISMATCH,
        /** The kiosk's database could not apply it. */
        APPLY_FAILED
    }
}
