package com.hallkiosk.catalog.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The whole service catalog: every region, in a stable order, the short forms its texts use, and the region
 * rules (eligibility rule sets, holiday calendar) that travel with it.
 */
public record Catalog(List<Region> regions, List<Abbreviation> abbreviations, CatalogRules rules) {
    public Catalog {
        regions = List.copyOf(regions);
        abbreviations = List.copyOf(abbreviations);
        Objects.requireNonNull(rules, "rules");
    }

    /** A catalog without rules, as the search index and the benchmarks build one. */
    public Catalog(List<Region> regions, List<Abbreviation> abbreviations) {
        this(regions, abbreviations, CatalogRules.NONE);
    }

    public Optional<Region> region(String regionId) {
        return regions.stream().filter(region -> region.id().equals(regionId)).findFirst();
    }

    /** This catalog with {@code changed} in place of its region of the same id. */
    public Catalog withRegion(Region changed) {
        return new Catalog(regions.stream().map(region -> region.id().equals(changed.id()) ? changed : region).toList(),
                abbreviations, rules);
    }

    public List<String> regionIds() {
        return regions.stream().map(Region::id).toList();
    }
}
