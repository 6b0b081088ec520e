package com.hallkiosk.app;

import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.CatalogRules;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.model.RegionOutline;
import com.hallkiosk.catalog.search.CatalogSearch;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.config.KioskConfig;
import com.hallkiosk.device.DevicePort;
import com.hallkiosk.device.receipt.emulator.EmulatedReceiptPrinter;
import com.hallkiosk.device.receipt.emulator.VirtualReceiptPrinter;
import com.hallkiosk.fonts.KioskFonts;
import com.hallkiosk.guide.GuidePages;
import com.hallkiosk.guide.GuideSearch;
import com.hallkiosk.items.ItemServices;
import com.hallkiosk.items.TransactionNumbers;
import com.hallkiosk.session.SessionWorker;
import com.hallkiosk.shell.ItemOffer;
import com.hallkiosk.shell.DeferredActions;
import com.hallkiosk.shell.KioskShell;
import com.hallkiosk.shell.ScreenDevices;
import com.hallkiosk.shell.ShellSetup;
import com.hallkiosk.ui.KioskWindow;
import com.hallkiosk.ui.SwingShellView;
import com.hallkiosk.ui.theme.KioskTheme;
import java.awt.Dimension;
import java.lang.reflect.InvocationTargetException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javax.swing.SwingUtilities;

/**
 * Puts the kiosk together in two steps, so that they can overlap the loading of the catalog:
 * {@link #prepare} builds the window and its chrome, on the event thread, as soon as the theme is set
 * (which waits for the font); the view shows the window with its first page. {@link #start} adds the shell, its session worker, the receipt printer, the search index (built
 * in the background, since the home screen does not need it) and the clock of the idle watch. The
 * self-service items come later ({@link RunningKiosk#offerItems}), once home is painted: their devices,
 * the central and the full region are nothing the first screen needs.
 */
final class KioskLauncher {
    private static final Duration PRINT_TIMEOUT = Duration.ofSeconds(30);
    /** How long one PIN entry may take before it stops (the person is asked to confirm again). */
    private static final Duration PIN_TIMEOUT = Duration.ofSeconds(60);
    /** Calls to the central at once: one visit at a time, and a look-up may still be running when it acts. */
    private static final int CENTRAL_CALL_THREADS = 2;

    private final Wiring wiring;

    KioskLauncher(Wiring wiring) {
        this.wiring = wiring;
    }

    /** A window and its view, ready before the shell that will fill them. */
    record PreparedWindow(KioskWindow window, SwingShellView view, AtomicReference<KioskShell> shell) {
    }

    /** A kiosk that is running; closing it stops its threads and its window. */
    interface RunningKiosk extends AutoCloseable {
        KioskShell shell();

        KioskWindow window();

        SwingShellView view();

        /** The receipt printer the demo prints on: its paper, cover and state can be scripted. */
        VirtualReceiptPrinter receiptEmulator();

        /** The kiosk's devices, as its heartbeat reports them. */
        List<DevicePort> devices();

        /**
         * A newer catalog (synced from the central): its pages and search index are built on the caller's
         * thread, and the shell takes them between visits, with the items offered in it; returns those items
         * (none before {@link #offerItems}).
         */
        List<KioskItems.Offered> catalogChanged(Catalog catalog);

        /**
         * Puts the self-service items on offer, once the full region is loaded (the caller waits for it), and
         * again with each newer catalog; returns what it offers now. Call it after home is painted: it reads the
         * catalog and makes items.
         *
         * @throws InvalidConfigException when {@code items.properties} is not right
         */
        List<KioskItems.Offered> offerItems(ItemsSetup setup) throws InvalidConfigException;

        /** Waits until the session worker and then the event thread have nothing left to do. */
        void settle() throws InterruptedException;

        @Override
        void close();
    }

    /** FlatLaf with the kiosk's theme, set up on the event thread as soon as the font is registered. */
    static CompletableFuture<KioskTheme> themeOnceLoaded(CompletableFuture<KioskFonts> fonts) {
        return fonts.thenApplyAsync(loaded -> {
            KioskTheme theme = new KioskTheme();
            theme.apply(false);
            return theme;
        }, SwingUtilities::invokeLater);
    }

    CompletableFuture<PreparedWindow> prepare(KioskConfig config, CompletableFuture<KioskTheme> themed,
                                              KioskWindow.Mode mode) {
        AtomicReference<KioskShell> shell = new AtomicReference<>();
        boolean portrait = config.orientation() == KioskConfig.Orientation.PORTRAIT;
        return themed.thenApplyAsync(theme -> {
            DeferredActions actions = new DeferredActions(shell);
            KioskWindow window = new KioskWindow(mode,
                    new Dimension(config.orientation().width(), config.orientation().height()), actions::touched);
            SwingShellView view = new SwingShellView(window, theme, wiring.clock().withZone(config.zone()), portrait);
            view.attach(actions);
            return new PreparedWindow(window, view, shell);
        }, SwingUtilities::invokeLater);
    }

    /** Prepares and starts in one go (tests, screenshots). */
    RunningKiosk launch(KioskConfig config, Catalog catalog, CompletableFuture<KioskFonts> fonts, KioskWindow.Mode mode,
                        Runnable homePainted, UnaryOperator<GuideSearch> searchWrapper) throws InterruptedException {
        Region region = catalog.region(config.regionId()).orElseThrow(() -> new UserError(
                "the catalog has no region " + config.regionId(), ExitCodes.BAD_DATA));
        return start(join(prepare(config, themeOnceLoaded(fonts), mode)), config, RegionOutline.of(region),
                CompletableFuture.completedFuture(catalog), fonts, homePainted, searchWrapper);
    }

    RunningKiosk launch(KioskConfig config, Catalog catalog, KioskWindow.Mode mode, Runnable homePainted)
            throws InterruptedException {
        return launch(config, catalog, CompletableFuture.completedFuture(KioskFonts.load()), mode, homePainted,
                UnaryOperator.identity());
    }

    /**
     * Starts the shell on a prepared window. The home screen needs only the region's {@code outline};
     * the full region ({@code catalog}, possibly still loading) is awaited by the other pages and
     * the search index.
     */
    RunningKiosk start(PreparedWindow prepared, KioskConfig config, RegionOutline outline,
                       CompletableFuture<Catalog> catalog, CompletableFuture<KioskFonts> fonts, Runnable homePainted,
                       UnaryOperator<GuideSearch> searchWrapper) throws InterruptedException {
        Clock clock = wiring.clock().withZone(config.zone());
        String regionId = outline.regionId();
        CompletableFuture<Region> region = catalog.thenApply(loaded -> loaded.region(regionId).orElseThrow());
        SessionWorker worker = new SessionWorker();
        EmulatedReceiptPrinter printer = EmulatedReceiptPrinter.start(EmulatedReceiptPrinter.GENERIC_80MM,
                fonts.join().sized(24f), clock, paper -> prepared.shell().get().paperPrinted(paper));
        CompletableFuture<CatalogSearch> index = catalog.thenApplyAsync(loaded ->
                wiring.search(new Catalog(List.of(loaded.region(regionId).orElseThrow()), loaded.abbreviations())));
        GuideSearch search = searchWrapper.apply((query, limit) -> index.join().search(regionId, query, limit));
        KioskShell shell = new KioskShell(new ShellSetup(config.kioskId(), config.hallName(), config.zone(), PRINT_TIMEOUT),
                new GuidePages(outline, region::join), search, printer, worker, clock, config.idlePolicy(),
                System::nanoTime, prepared.view());
        prepared.shell().set(shell);
        onEventThread(() -> prepared.view().whenHomeFirstPainted(homePainted));
        shell.start();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idle-clock");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(shell::tick, 1, 1, TimeUnit.SECONDS);
        return new RunningKiosk() {
            @Override
            public KioskShell shell() {
                return shell;
            }

            @Override
            public KioskWindow window() {
                return prepared.window();
            }

            @Override
            public SwingShellView view() {
                return prepared.view();
            }

            @Override
            public VirtualReceiptPrinter receiptEmulator() {
                return printer.printer();
            }

            @Override
            public List<DevicePort> devices() {
                return List.of(printer);
            }

            // The items on offer and what they are offered with; newer catalogs re-offer them.
            private Region latestRegion;
            private CatalogRules latestRules = CatalogRules.NONE;
            private KioskItems items;
            private ScreenDevices screenDevices = ScreenDevices.NONE;
            private ExecutorService centralCalls;

            @Override
            public synchronized List<KioskItems.Offered> catalogChanged(Catalog changed) {
                Region newRegion = changed.region(regionId).orElseThrow(() -> new IllegalArgumentException(
                        "the synced catalog has no region " + regionId));
                CatalogSearch newIndex = wiring.search(new Catalog(List.of(newRegion), changed.abbreviations()));
                shell.catalogChanged(new GuidePages(newRegion),
                        searchWrapper.apply((query, limit) -> newIndex.search(regionId, query, limit)));
                latestRegion = newRegion;
                latestRules = changed.rules();
                if (items == null) {
                    return List.of();
                }
                List<KioskItems.Offered> offers = items.offers(newRegion, latestRules);
                shell.itemsChanged(forShell(offers), screenDevices);
                return offers;
            }

            @Override
            public synchronized List<KioskItems.Offered> offerItems(ItemsSetup setup) throws InvalidConfigException {
                if (latestRegion == null) {
                    latestRegion = region.join();
                    latestRules = catalog.join().rules();
                }
                if (centralCalls == null) {
                    centralCalls = Executors.newFixedThreadPool(CENTRAL_CALL_THREADS, runnable -> {
                        Thread thread = new Thread(runnable, "central-call");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
                ItemServices services = new ItemServices(worker, centralCalls, setup.devices().readers(), printer,
                        setup.journal(), setup.personKeys(), new TransactionNumbers(clock, new SecureRandom()), clock,
                        config.kioskId(), config.hallName(), setup.centralDeadline(), PRINT_TIMEOUT,
                        setup.devices().pinPad(), setup.devices().documents(), PIN_TIMEOUT);
                items = KioskItems.load(setup.lines(), setup.configDirectory(), latestRegion, setup.central(), services,
                        setup.certificates(), setup.devices().camera());
                screenDevices = new ScreenDevices(setup.devices().keypad(), setup.devices().camera());
                List<KioskItems.Offered> offers = items.offers(latestRegion, latestRules);
                shell.itemsChanged(forShell(offers), screenDevices);
                return offers;
            }

            @Override
            public void settle() throws InterruptedException {
                CountDownLatch done = new CountDownLatch(1);
                worker.execute(done::countDown);
                done.await();
                onEventThread(() -> { });
                onEventThread(() -> { });
            }

            @Override
            public synchronized void close() {
                if (centralCalls != null) {
                    centralCalls.shutdownNow();
                }
                ticker.shutdownNow();
                printer.close();
                worker.close();
                SwingUtilities.invokeLater(prepared.window()::close);
            }
        };
    }

    private static List<ItemOffer> forShell(List<KioskItems.Offered> offers) {
        return offers.stream().map(KioskItems.Offered::offer).toList();
    }

    static <T> T join(CompletableFuture<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("preparing the kiosk failed", cause);
        }
    }

    private static void onEventThread(Runnable task) throws InterruptedException {
        try {
            SwingUtilities.invokeAndWait(task);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("building the kiosk window failed", e.getCause());
        }
    }
}
