package com.hallkiosk.app;

import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.search.CatalogSearch;
import com.hallkiosk.config.KioskConfig;
import com.hallkiosk.device.receipt.EmulatedReceiptPrinter;
import com.hallkiosk.fonts.KioskFonts;
import com.hallkiosk.guide.GuidePages;
import com.hallkiosk.guide.GuideSearch;
import com.hallkiosk.session.SessionWorker;
import com.hallkiosk.shell.KioskShell;
import com.hallkiosk.shell.ShellSetup;
import com.hallkiosk.ui.KioskWindow;
import com.hallkiosk.ui.SwingShellView;
import com.hallkiosk.ui.theme.KioskTheme;
import java.awt.Dimension;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javax.swing.SwingUtilities;

/**
 * Puts the kiosk together: the shell and its session worker, the window and the Swing view on the
 * event thread, the receipt printer, the search index (built in the background, since the home
 * screen does not need it), and the clock that ticks the idle watch.
 */
final class KioskLauncher {
    private static final Duration PRINT_TIMEOUT = Duration.ofSeconds(30);

    private final Wiring wiring;

    KioskLauncher(Wiring wiring) {
        this.wiring = wiring;
    }

    /** A kiosk that is running; closing it stops its threads and its window. */
    interface RunningKiosk extends AutoCloseable {
        KioskShell shell();

        KioskWindow window();

        SwingShellView view();

        /** Waits until the session worker and then the event thread have nothing left to do. */
        void settle() throws InterruptedException;

        @Override
        void close();
    }

    RunningKiosk launch(KioskConfig config, Catalog catalog, KioskWindow.Mode mode, Runnable homePainted)
            throws InterruptedException {
        return launch(config, catalog, mode, homePainted, UnaryOperator.identity());
    }

    /** As {@link #launch}, with the guide's search wrapped (tests record which thread searches). */
    RunningKiosk launch(KioskConfig config, Catalog catalog, KioskWindow.Mode mode, Runnable homePainted,
                        UnaryOperator<GuideSearch> searchWrapper) throws InterruptedException {
        Clock clock = wiring.clock();
        Region region = catalog.region(config.regionId()).orElseThrow();
        KioskFonts fonts = KioskFonts.load();
        SessionWorker worker = new SessionWorker();
        AtomicReference<KioskShell> shellRef = new AtomicReference<>();
        EmulatedReceiptPrinter printer = new EmulatedReceiptPrinter(fonts.sized(24f),
                EmulatedReceiptPrinter.PAPER_DOTS_80MM, clock, paper -> shellRef.get().paperPrinted(paper));
        Catalog oneRegion = new Catalog(List.of(region), catalog.abbreviations());
        CompletableFuture<CatalogSearch> index = CompletableFuture.supplyAsync(() -> wiring.search(oneRegion));
        GuideSearch search = searchWrapper.apply((query, limit) -> index.join().search(region.id(), query, limit));
        boolean portrait = config.orientation() == KioskConfig.Orientation.PORTRAIT;
        AtomicReference<KioskWindow> windowRef = new AtomicReference<>();
        AtomicReference<SwingShellView> viewRef = new AtomicReference<>();
        onEventThread(() -> {
            KioskTheme theme = new KioskTheme();
            KioskWindow window = new KioskWindow(mode,
                    new Dimension(config.orientation().width(), config.orientation().height()),
                    () -> shellRef.get().touched());
            windowRef.set(window);
            viewRef.set(new SwingShellView(window, theme, clock, portrait));
        });
        KioskShell shell = new KioskShell(new ShellSetup(config.kioskId(), config.hallName(), config.zone(), PRINT_TIMEOUT),
                new GuidePages(region), search, printer, worker, clock, config.idlePolicy(), System::nanoTime,
                viewRef.get());
        shellRef.set(shell);
        onEventThread(() -> {
            viewRef.get().attach(shell);
            viewRef.get().whenHomeFirstPainted(homePainted);
            windowRef.get().open();
        });
        shell.start();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idle-clock");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(shell::tick, 1, 1, TimeUnit.SECONDS);
        KioskWindow window = windowRef.get();
        return new RunningKiosk() {
            @Override
            public KioskShell shell() {
                return shell;
            }

            @Override
            public KioskWindow window() {
                return window;
            }

            @Override
            public SwingShellView view() {
                return viewRef.get();
            }

            @Override
            public void settle() throws InterruptedException {
                java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
                worker.execute(done::countDown);
                done.await();
                onEventThread(() -> { });
                onEventThread(() -> { });
            }

            @Override
            public void close() {
                ticker.shutdownNow();
                printer.close();
                worker.close();
                SwingUtilities.invokeLater(window::close);
            }
        };
    }

    private static void onEventThread(Runnable task) throws InterruptedException {
        try {
            SwingUtilities.invokeAndWait(task);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("building the kiosk window failed", e.getCause());
        }
    }
}
