package com.hallkiosk.catalog.search;

/** A piece of text of a searchable entry and how much a match in it counts. */
public record SearchField(FieldTier tier, String text) {
    /** Where the match is; name matches rank before material matches before the rest. */
    public enum FieldTier {
        NAME, MATERIAL, DETAIL
    }
}
