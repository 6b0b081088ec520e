package com.hallkiosk.sync.central;

import com.hallkiosk.catalog.store.CatalogRow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An operator's change to the central catalog: rows to add or replace, and rows to delete. */
public record CatalogChange(List<CatalogRow> upserts, List<CatalogRow.RowId> deletes) {
    public CatalogChange {
        upserts = List.copyOf(upserts);
        deletes = List.copyOf(deletes);
        if (upserts.isEmpty() && deletes.isEmpty()) {
            throw new IllegalArgumentException("an empty change");
        }
        Set<CatalogRow.RowId> seen = new HashSet<>();
        for (CatalogRow row : upserts) {
            if (row.isDelete()) {
                throw new IllegalArgumentException("an upsert of " + row.id() + " without a body");
            }
            if (!seen.add(row.id())) {
                throw new IllegalArgumentException(row.id() + " is named twice in one change");
            }
        }
        for (CatalogRow.RowId id : deletes) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(id + " is named twice in one change");
            }
        }
    }
}
