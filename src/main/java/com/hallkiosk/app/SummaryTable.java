package com.hallkiosk.app;

import com.hallkiosk.catalog.store.StoreSummary;
import java.io.PrintStream;

/** Prints what a catalog database holds, for a person at a terminal. */
final class SummaryTable {
    private static final int NAME_CELLS = 24;

    private final PrintStream out;

    SummaryTable(PrintStream out) {
        this.out = out;
    }

    void print(StoreSummary summary) {
        out.println("Catalog database: " + summary.file().toAbsolutePath());
        out.println("  SQLite, WAL journal, schema version " + summary.schemaVersion()
                + "; imported " + summary.importedAt() + " from " + summary.origin());
        out.printf("  %-15s %s %5s %13s %8s %9s%n", "region", TerminalText.pad("name", NAME_CELLS), "items",
                "self-service", "offices", "packages");
        for (StoreSummary.RegionCount region : summary.regions()) {
            out.printf("  %-15s %s %5d %13d %8d %9d%n", region.regionId(), TerminalText.pad(region.name(), NAME_CELLS),
                    region.items(), region.selfServiceItems(), region.offices(), region.packages());
        }
    }
}
