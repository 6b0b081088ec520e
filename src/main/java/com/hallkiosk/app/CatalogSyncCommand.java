package com.hallkiosk.app;

import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.config.CentralLink;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.config.KioskConfig;
import com.hallkiosk.sync.kiosk.KioskCatalogSync;
import com.hallkiosk.sync.kiosk.SyncOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code catalog sync}: the kiosk's catalog sync, once, for technicians: asks the central for the changes
 * since the version the kiosk holds, verifies and applies them, and says what it did and how old the
 * catalog now is. The kiosk itself runs the same sync on its poller.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync this kiosk's catalog from the central server once (technicians).")
final class CatalogSyncCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "DIR", defaultValue = "kiosk-config",
            description = "The kiosk-config folder: kiosk.properties and central.properties (default: ${DEFAULT-VALUE}).")
    Path configDirectory;

    @Option(names = "--db", paramLabel = "FILE",
            description = "The kiosk's catalog database (default: catalog.db in the configured data directory).")
    Path database;

    private final Wiring wiring;

    CatalogSyncCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidConfigException {
        KioskConfig kiosk = wiring.configBeforeCatalog(configDirectory);
        CentralLink link = wiring.centralLink(configDirectory);
        Path file = database != null ? database : kiosk.dataDirectory().resolve("catalog.db");
        try (CatalogStore store = wiring.openStore(file)) {
            KioskCatalogSync sync = wiring.catalogSync(kiosk, link, store);
            SyncOutcome outcome = sync.syncOnce();
            wiring.out().println(describe(outcome));
            sync.syncState().ifPresent(state -> wiring.out().printf("catalog of %s: version %d, synced %s (%s ago)%n",
                    state.regionId(), state.version(), state.syncedAt(),
                    age(Duration.between(state.syncedAt(), wiring.clock().instant()))));
            return outcome instanceof SyncOutcome.Failed ? ExitCodes.BAD_DATA : ExitCodes.OK;
        } catch (IOException e) {
            throw new UserError("cannot read the kiosk's credentials or the catalog key: " + e.getMessage(), ExitCodes.BAD_INPUT);
        }
    }

    private static String describe(SyncOutcome outcome) {
        if (outcome instanceof SyncOutcome.Applied applied) {
            return String.format("applied %s: version %d → %d, %d rows added or replaced, %d deleted",
                    applied.snapshot() ? "a snapshot" : "the changes", applied.fromVersion(), applied.toVersion(),
                    applied.upserts(), applied.deletes());
        }
        if (outcome instanceof SyncOutcome.UpToDate upToDate) {
            return "up to date at version " + upToDate.version();
        }
        SyncOutcome.Failed failed = (SyncOutcome.Failed) outcome;
        return "not synced (" + failed.reason() + "): " + failed.message() + "; the kiosk keeps its catalog";
    }

    private static String age(Duration age) {
        return age.toDays() > 0 ? age.toDays() + " d" : age.toHours() > 0 ? age.toHours() + " h" : age.toMinutes() + " min";
    }
}
