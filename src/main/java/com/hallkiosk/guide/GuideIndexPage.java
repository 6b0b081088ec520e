package com.hallkiosk.guide;

import com.hallkiosk.shell.Page;
import com.hallkiosk.shell.Place;
import java.util.List;

/**
 * The guide's index: the region's categories with how many items each holds, or the items
 * themselves where the documents have no categories (Shandong), and the service packages.
 */
public record GuideIndexPage(String regionName, List<CategoryEntry> categories, List<ItemEntry> uncategorised,
                             List<PackageEntry> packages) implements Page {
    public GuideIndexPage {
        categories = List.copyOf(categories);
        uncategorised = List.copyOf(uncategorised);
        packages = List.copyOf(packages);
    }

    @Override
    public Place place() {
        return new Place.GuideIndex();
    }

    /** A category and how many items it holds. */
    public record CategoryEntry(String number, String name, int items) {
    }

    /** An item in a list, with whether a self-service terminal may do it in this region. */
    public record ItemEntry(String itemId, String number, String name, boolean selfService) {
    }

    /** A service package in a list. */
    public record PackageEntry(String packageId, String name, String audience) {
    }
}
