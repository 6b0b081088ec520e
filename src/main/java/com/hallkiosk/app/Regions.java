package com.hallkiosk.app;

import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Region;
import java.util.List;

/** Picks regions by the id a person typed, with a clear message for an unknown one. */
final class Regions {
    private Regions() {
    }

    static Region one(Catalog catalog, String regionId) {
        return catalog.region(regionId).orElseThrow(() -> new UserError("unknown region \"" + regionId
                + "\"; the regions are " + String.join(", ", catalog.regionIds()), ExitCodes.BAD_INPUT));
    }

    static List<Region> selected(Catalog catalog, String regionIdOrNull) {
        return regionIdOrNull == null ? catalog.regions() : List.of(one(catalog, regionIdOrNull));
    }
}
