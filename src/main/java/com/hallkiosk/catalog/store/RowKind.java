package com.hallkiosk.catalog.store;

import java.util.Arrays;

/**
 * The kinds of catalog row, in the order a change is applied: a region before what it holds, so that
 * an upsert never points at a missing region, and deletes in the reverse order.
 */
public enum RowKind {
    REGION("region"),
    OFFICE("office"),
    ITEM("item"),
    PACKAGE("package"),
    ABBREVIATION("abbreviation");

    /** The scope of rows that belong to no region (the abbreviations every region's search uses). */
    public static final String GLOBAL_SCOPE = "*";

    private final String wireName;

    RowKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static RowKind fromWire(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown catalog row kind " + name));
    }
}
