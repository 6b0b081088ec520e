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
    ABBREVIATION("abbreviation"),
    /** One eligibility rule set of a region, keyed {@code <region>/<item number>[@<valid from>]}. */
    RULESET("ruleset"),
    /** One year's holiday notice, keyed by the year; every region counts working days on it. */
    HOLIDAYS("holidays");

    /** The scope of rows that belong to no region (the abbreviations and holidays every region uses). */
    public static final String GLOBAL_SCOPE = "*";

    private final String wireName;

    RowKind(String wireName) {
        this.wireName = wireName;
    }

    /** Whether rows of this kind belong to every region ({@link #GLOBAL_SCOPE}) rather than to one. */
    public boolean global() {
        return this == ABBREVIATION || this == HOLIDAYS;
    }

    public String wireName() {
        return wireName;
    }

    public static RowKind fromWire(String name) {
        return Arrays.stream(values()).filter(kind -> kind.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown catalog row kind " + name));
    }
}
