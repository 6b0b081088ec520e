package com.hallkiosk.app;

import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.central.store.CentralStoreException;
import com.hallkiosk.sync.MalformedPayloadException;
import com.hallkiosk.sync.PayloadCodec;
import com.hallkiosk.sync.central.CatalogChange;
import com.hallkiosk.sync.central.CatalogPublishException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code catalog publish}: an operator's change to the central catalog, in one transaction under a new
 * version that every kiosk of the region picks up at its next poll.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Publish a change to the central catalog (operators): rows to add or replace and rows to delete,"
                + " under a new catalog version.")
final class CatalogPublishCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "URL", defaultValue = "target/demo/central.db",
            description = "The central's database: a SQLite file (default: ${DEFAULT-VALUE}) or postgresql://….")
    String database;

    @Option(names = "--change", paramLabel = "FILE", required = true,
            description = "The change as JSON: {\"upserts\": [{\"kind\": \"item\", \"key\": \"haicheng-3\", \"region\":"
                    + " \"haicheng\", \"position\": 2, \"body\": {…the item…}}], \"deletes\": [{\"kind\": \"item\","
                    + " \"key\": \"haicheng-9\"}]} (the rows as `catalog export` and the sync payload have them).")
    Path changeFile;

    private final Wiring wiring;

    CatalogPublishCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        CatalogChange change;
        try {
            change = new PayloadCodec().decodeChange(Files.readAllBytes(changeFile));
        } catch (IOException e) {
            throw new UserError("cannot read " + changeFile + ": " + e.getMessage(), ExitCodes.BAD_INPUT);
        } catch (MalformedPayloadException e) {
            throw new UserError(changeFile + ": " + e.getMessage(), ExitCodes.BAD_DATA);
        }
        try (CentralDatabase central = wiring.openCentralDatabase(database)) {
            long version = wiring.centralCatalog(central).publish(change);
            wiring.out().printf("published %d upserts and %d deletes as catalog version %d (%s)%n",
                    change.upserts().size(), change.deletes().size(), version, central.describe());
            return ExitCodes.OK;
        } catch (CatalogPublishException e) {
            throw new UserError("not published: " + e.getMessage(), ExitCodes.BAD_DATA);
        } catch (CentralStoreException | IllegalArgumentException e) {
            throw new UserError(e.getMessage(), ExitCodes.BAD_INPUT);
        }
    }
}
