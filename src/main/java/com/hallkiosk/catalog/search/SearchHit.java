package com.hallkiosk.catalog.search;

/**
 * One entry the query found, at its best match: which field, the field's text, and the matched span
 * [start, end) in that text, for highlighting.
 */
public record SearchHit(SearchEntry entry, SearchField field, int start, int end) {
}
