package com.hallkiosk.app;

import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.search.CatalogSearch;
import com.hallkiosk.catalog.search.SearchResult;
import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.config.KioskConfig;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: the kiosk with everything it needs, on one machine. Until the kiosk window exists it
 * builds the catalog database from the curated catalog, says where it is and what it holds, and shows
 * the guide's search at work.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run Hall Kiosk in demo mode (for now: build the catalog database and show what it holds).")
final class DemoCommand implements Callable<Integer> {
    private static final List<String> SAMPLE_QUERIES = List.of("社保卡", "sbk", "guashi", "参保证明");
    private static final int SAMPLE_HITS = 3;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "kiosk-config",
            description = "The kiosk-config folder (default: ${DEFAULT-VALUE}).")
    Path configDirectory;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the demo keeps its databases (default: demo/ beside the jar, i.e. target/demo).")
    Path dataDirectory;

    private final Wiring wiring;

    DemoCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidCatalogException, InvalidConfigException {
        Catalog curated = wiring.curatedCatalog(null);
        KioskConfig config = wiring.config(configDirectory, curated);
        Path database = demoDirectory().resolve("catalog.db");
        wiring.out().println("Hall Kiosk demo — kiosk " + config.kioskId() + ", " + config.hallName());
        try (CatalogStore store = wiring.openStore(database)) {
            store.replace(curated, wiring.describeCuratedSource(null));
            new SummaryTable(wiring.out()).print(store.summary());
            showSearch(store.load(), config.regionId());
        }
        wiring.out().println();
        wiring.out().println("The kiosk window is not built yet: this demo grows into the full kiosk"
                + " (touch screens, emulated card readers and printers, an embedded central server).");
        wiring.out().println("Meanwhile: java -jar target/hall-kiosk.jar catalog search --region "
                + config.regionId() + " QUERY");
        return ExitCodes.OK;
    }

    private void showSearch(Catalog catalog, String regionId) {
        Region region = Regions.one(catalog, regionId);
        CatalogSearch search = wiring.search(catalog);
        wiring.out().println();
        wiring.out().println("The guide's search in " + region.name() + " (kiosk.region=" + regionId + "):");
        for (String query : SAMPLE_QUERIES) {
            SearchResult result = search.search(regionId, query, SAMPLE_HITS);
            wiring.out().printf("  %s → %d: %s%n", TerminalText.pad(query, 8), result.total(),
                    String.join("; ", result.hits().stream().map(hit -> hit.entry().title()).toList()));
        }
    }

    private Path demoDirectory() {
        if (dataDirectory != null) {
            return dataDirectory;
        }
        try {
            Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toAbsolutePath().getParent().resolve("demo");
        } catch (URISyntaxException e) {
            throw new UserError("cannot tell where the jar is; pass --data-dir", ExitCodes.BAD_INPUT);
        }
    }
}
