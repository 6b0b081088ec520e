package com.hallkiosk.app;

import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Region;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code catalog validate}: checks the curated files and says what is wrong, file, entry and field. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every field of the curated catalog files; exit 1 and list the problems if any.")
final class CatalogValidateCommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "DIR",
            description = "The folder of curated files (default: the files in the jar).")
    Path directory;

    private final Wiring wiring;

    CatalogValidateCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidCatalogException {
        Catalog catalog = wiring.curatedCatalog(directory);
        wiring.out().println("The curated catalog is valid (" + wiring.describeCuratedSource(directory) + "):");
        for (Region region : catalog.regions()) {
            wiring.out().printf("  %-15s %3d items, %2d offices, %2d packages, from %s%n", region.id(),
                    region.items().size(), region.offices().size(), region.packages().size(),
                    String.join(" + ", region.sources().stream().map(s -> s.file()).toList()));
        }
        return ExitCodes.OK;
    }
}
