package com.hallkiosk.catalog.model;

import java.util.List;
import java.util.Optional;

/** The whole service catalog: every region, in a stable order, and the short forms its texts use. */
public record Catalog(List<Region> regions, List<Abbreviation> abbreviations) {
    public Catalog {
        regions = List.copyOf(regions);
        abbreviations = List.copyOf(abbreviations);
    }

    public Optional<Region> region(String regionId) {
        return regions.stream().filter(region -> region.id().equals(regionId)).findFirst();
    }

    /** This catalog with {@code changed} in place of its region of the same id. */
    public Catalog withRegion(Region changed) {
        return new Catalog(regions.stream().map(region -> region.id().equals(changed.id()) ? changed : region).toList(),
                abbreviations);
    }

    public List<String> regionIds() {
        return regions.stream().map(Region::id).toList();
    }
}
