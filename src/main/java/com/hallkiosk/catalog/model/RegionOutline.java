package com.hallkiosk.catalog.model;

import java.util.List;

/**
 * What the home screen needs of a region, readable without its full contents: its name and the items
 * a self-service terminal may do there.
 */
public record RegionOutline(String regionId, String regionName, List<ItemHeading> selfServiceItems) {
    public RegionOutline {
        selfServiceItems = List.copyOf(selfServiceItems);
    }

    /** An item's id and name. */
    public record ItemHeading(String itemId, String name) {
    }

    public static RegionOutline of(Region region) {
        return new RegionOutline(region.id(), region.name(), region.items().stream()
                .filter(item -> item.selfService().allowed())
                .map(item -> new ItemHeading(item.id(), item.name()))
                .toList());
    }
}
