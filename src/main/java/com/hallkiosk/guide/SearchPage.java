package com.hallkiosk.guide;

import com.hallkiosk.shell.Page;
import com.hallkiosk.shell.Place;
import java.util.List;

/** The search screen: what has been typed so far and the ranked results for it. */
public record SearchPage(String query, List<Result> results, int total) implements Page {
    public static final SearchPage EMPTY = new SearchPage("", List.of(), 0);

    public SearchPage {
        results = List.copyOf(results);
    }

    @Override
    public Place place() {
        return new Place.Search();
    }

    /**
     * One hit: the entry to open, its title, and the matched text split around the match so the
     * screen can mark it without knowing how matching works.
     */
    public record Result(Place target, String title, MatchedIn matchedIn, String before, String match, String after) {
    }

    /** Which part of the entry matched. */
    public enum MatchedIn {
        NAME, MATERIAL, RELATED, TEXT
    }
}
