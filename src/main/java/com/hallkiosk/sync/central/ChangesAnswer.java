package com.hallkiosk.sync.central;

import com.hallkiosk.catalog.store.CatalogChangeSet;

/** What the central answers a kiosk that holds a region at some version. */
public sealed interface ChangesAnswer {
    String etag();

    /** The kiosk is current (HTTP 304). */
    record NotModified(String regionId, long version, String etag) implements ChangesAnswer {
    }

    /** The changes since the kiosk's version, or a snapshot of the region. */
    record Changes(CatalogChangeSet changes, String etag) implements ChangesAnswer {
    }

    /** A strong ETag naming a region at a version. */
    static String etag(String regionId, long version) {
        return "\"" + regionId + "@" + version + "\"";
    }
}
