package com.hallkiosk.app;

import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.store.CatalogStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code catalog import}: validates the curated files and writes them into a kiosk database. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Validate the curated catalog and import it into a kiosk database in one transaction.")
final class CatalogImportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", required = true, description = "The database file to write.")
    Path database;

    @Option(names = "--from", paramLabel = "DIR",
            description = "The folder of curated files (default: the files in the jar).")
    Path directory;

    private final Wiring wiring;

    CatalogImportCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidCatalogException, java.io.IOException {
        Catalog catalog = wiring.curatedCatalog(directory);
        try (CatalogStore store = wiring.openStore(database)) {
            store.replace(catalog, wiring.describeCuratedSource(directory), wiring.curatedFingerprint(directory));
            new SummaryTable(wiring.out()).print(store.summary());
        }
        return ExitCodes.OK;
    }
}
