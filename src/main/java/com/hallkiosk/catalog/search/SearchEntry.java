package com.hallkiosk.catalog.search;

import java.util.List;

/** Something the guide search can find: an item or a service package, with its texts. */
public record SearchEntry(String id, EntryKind kind, String title, List<SearchField> fields) {
    public SearchEntry {
        fields = List.copyOf(fields);
    }

    /** What the entry is, so the guide can open the right page. */
    public enum EntryKind {
        ITEM, PACKAGE
    }
}
