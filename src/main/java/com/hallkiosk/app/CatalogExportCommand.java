package com.hallkiosk.app;

import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.export.CatalogJsonExport;
import com.hallkiosk.catalog.model.Catalog;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code catalog export}: the catalog as JSON, for review, diffing and other systems. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Print the whole catalog, or one region, as JSON (shape: docs/catalog-format.md).")
final class CatalogExportCommand implements Callable<Integer> {
    /** The export formats; JSON is the only one so far. */
    enum Format { json }

    @Option(names = "--region", paramLabel = "ID", description = "Only this region (anshan-tiedong, fushun, …).")
    String region;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Mixin
    CatalogSourceOptions source;

    private final Wiring wiring;

    CatalogExportCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidCatalogException, IOException {
        Catalog catalog = source.load(wiring);
        new CatalogJsonExport().write(Regions.selected(catalog, region), catalog.abbreviations(), wiring.out());
        wiring.out().println();
        wiring.out().flush();
        return ExitCodes.OK;
    }
}
