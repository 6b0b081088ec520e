package com.hallkiosk.catalog.store;

import java.util.Objects;

/**
 * One row of the catalog as it travels from the central server to a kiosk: its kind, a key unique
 * within the kind, the region it belongs to ({@link RowKind#GLOBAL_SCOPE} for abbreviations), its
 * position among its siblings, and its JSON body ({@code null} for a delete).
 *
 * <p>Offices have no id in the documents, so an office's key is its region and position.
 */
public record CatalogRow(RowKind kind, String key, String scope, int position, String body) {
    public CatalogRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(scope, "scope");
    }

    public static String officeKey(String regionId, int position) {
        return regionId + "/" + position;
    }

    public boolean isDelete() {
        return body == null;
    }

    /** Who this row is, whatever its content: what a delete names. */
    public RowId id() {
        return new RowId(kind, key);
    }

    /** A row's identity. */
    public record RowId(RowKind kind, String key) {
    }
}
