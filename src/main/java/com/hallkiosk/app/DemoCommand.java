package com.hallkiosk.app;

import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.model.RegionOutline;
import com.hallkiosk.catalog.search.CatalogSearch;
import com.hallkiosk.catalog.search.SearchResult;
import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.catalog.store.SqliteNativeLibrary;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.config.KioskConfig;
import com.hallkiosk.config.KioskConfigLoader;
import com.hallkiosk.fonts.KioskFonts;
import com.hallkiosk.ui.KioskWindow;
import com.hallkiosk.ui.snapshot.HomeSnapshotTaker;
import com.hallkiosk.ui.snapshot.LaunchScreen;
import com.hallkiosk.ui.widgets.ClockLabel;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import javax.swing.SwingUtilities;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: the kiosk with everything it needs on one machine. It builds the catalog database from
 * the curated catalog (again only when the curated files changed and it was never synced), says where
 * it is and what it holds, opens the kiosk window on it with an emulated receipt printer, and then
 * starts the self-service items on emulated devices, the central server in the same process (which the
 * kiosk syncs from, reports to and does the items' business with) and the demo card desk.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, subcommands = DemoCardsCommand.class,
        description = "Run Hall Kiosk in demo mode: build the catalog database and open the kiosk window"
                + " (full screen; leave with Ctrl+Alt+Shift+End, or use --windowed).")
final class DemoCommand implements java.util.concurrent.Callable<Integer> {
    private static final List<String> SAMPLE_QUERIES = List.of("社保卡", "sbk", "guashi", "参保证明");
    private static final int SAMPLE_HITS = 3;
    private static final long PAINT_TIMEOUT_SECONDS = 60;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "kiosk-config",
            description = "The kiosk-config folder (default: ${DEFAULT-VALUE}).")
    Path configDirectory;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the demo keeps its databases (default: demo/ beside the jar, i.e. target/demo).")
    Path dataDirectory;

    @Option(names = "--drivers", paramLabel = "DIR", defaultValue = "drivers",
            description = "The drivers folder with the device models' profiles (default: ${DEFAULT-VALUE}).")
    Path driversDirectory;

    @Option(names = "--windowed", description = "An ordinary window instead of the locked full-screen kiosk.")
    boolean windowed;

    @Option(names = "--no-window", description = "Build the catalog and print what it holds; open no window.")
    boolean noWindow;

    @Option(names = "--exit-when-painted", hidden = true,
            description = "Exit once the home screen is painted (for the start-up benchmark and tests).")
    boolean exitWhenPainted;

    private final Wiring wiring;

    DemoCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidCatalogException, InvalidConfigException, InterruptedException, IOException {
        Path directory = demoDirectory();
        KioskConfig config = wiring.configBeforeCatalog(configDirectory);
        if (noWindow) {
            try (CatalogStore store = currentStore(directory, config)) {
                showSearch(store.load(), config.regionId());
            }
            return ExitCodes.OK;
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("there is no display for the kiosk window (DISPLAY is not set);"
                    + " run it on a screen, or pass --no-window", ExitCodes.BAD_DATA);
        }
        Optional<InstanceLock> lock = InstanceLock.acquire(InstanceLock.MACHINE_WIDE);
        if (lock.isEmpty()) {
            throw new UserError("another Hall Kiosk is already running on this machine", ExitCodes.BAD_DATA);
        }
        try (InstanceLock held = lock.get()) {
            // The font, the window and the catalog are made ready side by side: the start-up path is
            // the longest of the three, not their sum. Home needs only the region's outline; the full
            // region is read in the background while it is painted.
            KioskLauncher launcher = new KioskLauncher(wiring);
            SqliteNativeLibrary.useCopyIn(directory.resolve("native"));
            CompletableFuture<KioskFonts> fonts = wiring.fonts();
            CompletableFuture<KioskLauncher.PreparedWindow> window = launcher.prepare(config, wiring.theme(),
                    windowed ? KioskWindow.Mode.WINDOWED : KioskWindow.Mode.KIOSK);
            try (CatalogStore store = currentStore(directory, config)) {
                RegionOutline outline = store.outline(config.regionId()).orElseThrow();
                // The full region is read once home is on the screen: before, it would take CPU from it.
                CompletableFuture<Void> homePainted = new CompletableFuture<>();
                CompletableFuture<Catalog> catalog = homePainted.thenApplyAsync(painted -> store.loadRegion(config.regionId()));
                return runWindow(launcher, KioskLauncher.join(window), config, outline, catalog, fonts, homePainted,
                        store, directory);
            }
        }
    }

    /**
     * The demo's catalog database, imported again only when the curated files changed, with what it
     * holds printed; the caller closes it.
     */
    private CatalogStore currentStore(Path directory, KioskConfig config)
            throws InvalidCatalogException, InvalidConfigException, IOException {
        CatalogStore store = wiring.openStore(directory.resolve("catalog.db"));
        try {
            String fingerprint = wiring.curatedFingerprint(null);
            // A catalog synced from the demo's central is newer than the curated files: it is kept.
            boolean synced = store.syncState(config.regionId()).isPresent();
            if (!synced && !store.version().filter(fingerprint::equals).isPresent()) {
                store.replace(wiring.curatedCatalog(null), wiring.describeCuratedSource(null), fingerprint);
            }
            KioskConfigLoader.requireRegion(configDirectory, config, store.regionIds());
            wiring.out().println("Hall Kiosk demo — kiosk " + config.kioskId() + ", " + config.hallName());
            new SummaryTable(wiring.out()).print(store.summary());
            return store;
        } catch (InvalidCatalogException | InvalidConfigException | IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private int runWindow(KioskLauncher launcher, KioskLauncher.PreparedWindow window, KioskConfig config,
                          RegionOutline outline, CompletableFuture<Catalog> catalog, CompletableFuture<KioskFonts> fonts,
                          CompletableFuture<Void> homePainted, CatalogStore store, Path directory)
            throws InterruptedException {
        CountDownLatch left = new CountDownLatch(1);
        try (KioskLauncher.RunningKiosk kiosk = launcher.start(window, config, outline, catalog, fonts,
                () -> homePainted.complete(null), UnaryOperator.identity())) {
            kiosk.window().allowTechnicianExit(left::countDown);
            kiosk.window().frame().addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    left.countDown();
                }
            });
            if (exitWhenPainted) {
                if (!awaitPainted(homePainted)) {
                    throw new UserError("the home screen was not painted within " + PAINT_TIMEOUT_SECONDS + " s",
                            ExitCodes.BAD_DATA);
                }
                long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                wiring.out().println("home screen painted " + uptime + " ms after the JVM started");
                awaitQuietly(keepLaunchScreen(kiosk));
                return ExitCodes.OK;
            }
            awaitPainted(homePainted);
            keepLaunchScreen(kiosk);
            // Logging starts only now, off the start-up path.
            CompletableFuture.runAsync(org.slf4j.LoggerFactory::getILoggerFactory);
            wiring.out().println();
            wiring.out().println(windowed ? "The kiosk is open in a window; close it to end the demo."
                    : "The kiosk is open full screen; a technician leaves it with Ctrl+Alt+Shift+End.");
            // The items, their devices and the central come up after home is painted: their start (emulators,
            // the database, the demo population on a first run, TLS) would otherwise take the CPU the first
            // screen needs.
            try (DemoSelfService demo = DemoSelfService.start(wiring, directory, configDirectory, driversDirectory, config,
                    store, kiosk)) {
                left.await();
                return ExitCodes.OK;
            }
        }
    }

    /**
     * The live home is on the screen: the last run's picture goes, and this home's picture is kept for the
     * next start (in the background), unless the picture shown was already the same.
     */
    private CompletableFuture<Void> keepLaunchScreen(KioskLauncher.RunningKiosk kiosk) {
        Optional<LaunchScreen> shown = wiring.launchScreen().getNow(Optional.empty());
        shown.ifPresent(LaunchScreen::close);
        List<Path> madeFrom = new java.util.ArrayList<>(configFiles());
        jarFile().ifPresent(madeFrom::add);
        CompletableFuture<Void> kept = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> HomeSnapshotTaker.take(kiosk.window().frame(), windowed, ClockLabel.class,
                        madeFrom, shown.map(LaunchScreen::snapshot), wiring.launchScreenFile(), ForkJoinPool.commonPool())
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        LoggerFactory.getLogger(DemoCommand.class).warn("the home screen's picture was not kept", failure);
                    }
                    kept.complete(null);
                }));
        return kept;
    }

    /** The home screen shows the hall, orientation and items of these files. */
    private List<Path> configFiles() {
        try (var files = java.nio.file.Files.list(configDirectory)) {
            return files.filter(java.nio.file.Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Path> jarFile() {
        try {
            Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return java.nio.file.Files.isRegularFile(code) ? Optional.of(code) : Optional.empty();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void awaitQuietly(CompletableFuture<Void> future) throws InterruptedException {
        try {
            future.get(PAINT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            // Only the next start's picture is lost.
        }
    }

    private static boolean awaitPainted(CompletableFuture<Void> homePainted) throws InterruptedException {
        try {
            homePainted.get(PAINT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("painting the home screen failed", e.getCause());
        }
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
