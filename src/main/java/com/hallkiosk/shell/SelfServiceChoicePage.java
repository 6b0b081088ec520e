package com.hallkiosk.shell;

import java.util.List;

/** The self-service items of one catalog item, to choose from (挂失 or 解挂), and the way to its guide page. */
public record SelfServiceChoicePage(String catalogItemId, String name, List<Offered> items) implements Page {
    public SelfServiceChoicePage {
        items = List.copyOf(items);
    }

    @Override
    public Place place() {
        return new Place.SelfServiceChoice(catalogItemId);
    }

    /** One item to choose, by its id, with what the button says. */
    public record Offered(String itemId, String label) {
    }
}
