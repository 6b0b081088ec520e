package com.hallkiosk.guide;

import com.hallkiosk.catalog.search.SearchResult;

/** The guide's search over the kiosk's region (the port the shell uses; the catalog search behind it). */
public interface GuideSearch {
    SearchResult search(String query, int limit);
}
