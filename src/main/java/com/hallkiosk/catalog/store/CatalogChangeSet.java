package com.hallkiosk.catalog.store;

import java.util.List;

/**
 * What a kiosk applies to its catalog in one transaction: either the changes from {@code fromVersion}
 * to {@code toVersion}, or (a snapshot) every row of the region, replacing what it held.
 */
public record CatalogChangeSet(String regionId, boolean snapshot, long fromVersion, long toVersion,
                               List<CatalogRow> upserts, List<CatalogRow> deletes) {
    public CatalogChangeSet {
        upserts = List.copyOf(upserts);
        deletes = List.copyOf(deletes);
        if (upserts.stream().anyMatch(CatalogRow::isDelete)) {
            throw new IllegalArgumentException("an upsert without a body");
        }
        if (snapshot && !deletes.isEmpty()) {
            throw new IllegalArgumentException("a snapshot has no deletes: it replaces the region");
        }
    }
}
