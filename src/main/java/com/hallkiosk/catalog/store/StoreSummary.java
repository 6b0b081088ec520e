package com.hallkiosk.catalog.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** What a catalog database holds, for the demo, the doctor and technicians. */
public record StoreSummary(Path file, String schemaVersion, Instant importedAt, String origin,
                           List<RegionCount> regions) {
    public StoreSummary {
        regions = List.copyOf(regions);
    }

    /** Counts of one region's rows. */
    public record RegionCount(String regionId, String name, int items, int selfServiceItems, int offices,
                              int packages) {
    }
}
