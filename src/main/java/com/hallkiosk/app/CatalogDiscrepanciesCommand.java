package com.hallkiosk.app;

import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.export.DiscrepancyReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code catalog discrepancies}: what the seeds contradict or could not give cleanly, item by item. */
@Command(name = "discrepancies", mixinStandardHelpOptions = true,
        description = "List, item by item, what could not be extracted cleanly from the seeds (Markdown).")
final class CatalogDiscrepanciesCommand implements Callable<Integer> {
    @Option(names = "--update", paramLabel = "FILE",
            description = "Rewrite the generated section of FILE (docs/catalog-format.md) instead of printing.")
    Path update;

    @Mixin
    CatalogSourceOptions source;

    private final Wiring wiring;

    CatalogDiscrepanciesCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidCatalogException, IOException {
        String report = new DiscrepancyReport().markdown(source.load(wiring).regions());
        if (update == null) {
            wiring.out().print(report);
        } else {
            String document = Files.readString(update, StandardCharsets.UTF_8);
            Files.writeString(update, DiscrepancyReport.replaceSection(document, report), StandardCharsets.UTF_8);
            wiring.out().println("Updated the discrepancy list in " + update);
        }
        return ExitCodes.OK;
    }
}
