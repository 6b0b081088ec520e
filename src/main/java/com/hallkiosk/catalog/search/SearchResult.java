package com.hallkiosk.catalog.search;

import java.util.List;

/** The best hits of a query, ranked, and how many entries matched in all. */
public record SearchResult(String query, List<SearchHit> hits, int total) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    public static SearchResult empty(String query) {
        return new SearchResult(query, List.of(), 0);
    }
}
