package com.hallkiosk.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code catalog}: the service catalog's tools for curators, reviewers and technicians. */
@Command(name = "catalog",
        mixinStandardHelpOptions = true,
        description = "Validate, import, export and search the service catalog.",
        subcommands = {
            CatalogValidateCommand.class,
            CatalogImportCommand.class,
            CatalogPublishCommand.class,
            CatalogSyncCommand.class,
            CatalogExportCommand.class,
            CatalogSearchCommand.class,
            CatalogDiscrepanciesCommand.class})
final class CatalogCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say which catalog command to run");
    }
}
