package com.hallkiosk.guide;

import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Office;
import com.hallkiosk.shell.Page;
import com.hallkiosk.shell.Place;
import java.util.List;

/**
 * One item's guide page: everything the catalog says about it, the offices where it can be done, and
 * whether this kiosk can do it.
 */
public record ItemPage(Item item, List<Office> offices, Availability availability) implements Page {
    public ItemPage {
        offices = List.copyOf(offices);
    }

    @Override
    public Place place() {
        return new Place.Item(item.id());
    }

    /** What this kiosk can do about the item, so the page says where to go instead. */
    public enum Availability {
        /** The region's documents give no self-service channel: only the guide. */
        GUIDE_ONLY,
        /** The region lets a terminal do it, but this kiosk does not offer it yet. */
        NOT_AT_THIS_KIOSK_YET,
        /** This kiosk does it: the page offers to start it. */
        AT_THIS_KIOSK
    }
}
