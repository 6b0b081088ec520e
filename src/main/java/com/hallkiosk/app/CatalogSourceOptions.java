package com.hallkiosk.app;

import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.store.CatalogStore;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a catalog command reads the catalog: the jar's curated files, a curated folder, or a database. */
final class CatalogSourceOptions {
    @ArgGroup(exclusive = true)
    Source source;

    static final class Source {
        @Option(names = "--from", paramLabel = "DIR",
                description = "Read the curated catalog files from DIR (e.g. src/main/resources/catalog).")
        Path curatedDirectory;

        @Option(names = "--db", paramLabel = "FILE", description = "Read the catalog from a kiosk database.")
        Path database;
    }

    Catalog load(Wiring wiring) throws InvalidCatalogException {
        if (source != null && source.database != null) {
            if (!Files.isRegularFile(source.database)) {
                throw new UserError("no catalog database at " + source.database, ExitCodes.BAD_INPUT);
            }
            try (CatalogStore store = wiring.openStore(source.database)) {
                return store.load();
            }
        }
        return wiring.curatedCatalog(curatedDirectory());
    }

    Path curatedDirectory() {
        return source == null ? null : source.curatedDirectory;
    }
}
