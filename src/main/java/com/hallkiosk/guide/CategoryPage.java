package com.hallkiosk.guide;

import com.hallkiosk.shell.Page;
import com.hallkiosk.shell.Place;
import java.util.List;

/** The items of one category. */
public record CategoryPage(String number, String name, List<GuideIndexPage.ItemEntry> items) implements Page {
    public CategoryPage {
        items = List.copyOf(items);
    }

    @Override
    public Place place() {
        return new Place.Category(number);
    }
}
