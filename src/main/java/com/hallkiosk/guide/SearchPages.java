package com.hallkiosk.guide;

import com.hallkiosk.catalog.search.SearchEntry;
import com.hallkiosk.catalog.search.SearchHit;
import com.hallkiosk.catalog.search.SearchResult;
import com.hallkiosk.shell.Place;

/** Turns search results into the search page: targets to open and excerpts around each match. */
public final class SearchPages {
    private static final int CONTEXT = 14;

    private SearchPages() {
    }

    public static SearchPage of(String query, SearchResult result) {
        return new SearchPage(query, result.hits().stream().map(SearchPages::result).toList(), result.total());
    }

    private static SearchPage.Result result(SearchHit hit) {
        String text = hit.field().text();
        int from = Math.max(0, hit.start() - CONTEXT);
        int to = Math.min(text.length(), hit.end() + CONTEXT);
        Place target = hit.entry().kind() == SearchEntry.EntryKind.ITEM
                ? new Place.Item(hit.entry().id()) : new Place.Package(hit.entry().id());
        return new SearchPage.Result(target, hit.entry().title(),
                SearchPage.MatchedIn.valueOf(hit.field().tier().name()),
                (from > 0 ? "…" : "") + text.substring(from, hit.start()),
                text.substring(hit.start(), hit.end()),
                text.substring(hit.end(), to) + (to < text.length() ? "…" : ""));
    }
}
