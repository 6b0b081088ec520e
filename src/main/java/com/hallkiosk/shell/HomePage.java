package com.hallkiosk.shell;

import java.util.List;

/**
 * The attract / home screen: the hall, the self-service items of the region as big tiles, and the
 * service guide. A tile never leads nowhere: an item this kiosk cannot do yet opens its guide page,
 * which says where to do it instead.
 */
public record HomePage(String hallName, String regionName, List<ServiceTile> tiles) implements Page {
    public HomePage {
        tiles = List.copyOf(tiles);
    }

    @Override
    public Place place() {
        return new Place.Home();
    }

    /** One self-service item of the region, and whether this kiosk already does it. */
    public record ServiceTile(String itemId, String title, boolean doneHere) {
    }
}
