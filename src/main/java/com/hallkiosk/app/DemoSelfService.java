package com.hallkiosk.app;

import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.config.CentralLink;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.config.KioskConfig;
import com.hallkiosk.demo.DemoCardDesk;
import com.hallkiosk.demo.DemoCards;
import com.hallkiosk.journal.JournalOutbox;
import com.hallkiosk.journal.KioskJournal;
import com.hallkiosk.ui.KioskWindow;
import com.hallkiosk.ui.demo.DemoCardDeskWindow;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/**
 * What the demo starts once home is painted, side by side: the self-service items on emulated devices
 * ({@link EmulatedItems}), the central in this process ({@link DemoBackOffice}), and the demo card desk to put the
 * demo people's cards on the readers. Until the central is up the items say it cannot be reached.
 */
final class DemoSelfService implements AutoCloseable {
    private static final long CLOSE_SECONDS = 30;

    private final Wiring wiring;
    private final AtomicReference<EmulatedItems> emulated = new AtomicReference<>();
    private final JournalOutbox outbox;
    private final LateCentral central = new LateCentral();
    private final AtomicReference<DemoBackOffice> office = new AtomicReference<>();
    private final ExecutorService hands = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "demo-card-desk");
        thread.setDaemon(true);
        return thread;
    });
    // Ctrl+C or a kill ends the JVM without close(): the emulators' socat processes would outlive it.
    private final Thread closeDevicesAtExit = new Thread(this::closeDevices, "demo-devices-at-exit");
    private CompletableFuture<DemoCardReaders> items = CompletableFuture.completedFuture(null);
    private CompletableFuture<DemoBackOffice> backOffice = CompletableFuture.completedFuture(null);
    private CompletableFuture<DemoCardDeskWindow> desk = CompletableFuture.completedFuture(null);

    private DemoSelfService(Wiring wiring, Path directory) {
        this.wiring = wiring;
        this.outbox = JournalOutbox.open(directory.resolve("journal.db"));
        Runtime.getRuntime().addShutdownHook(closeDevicesAtExit);
    }

    static DemoSelfService start(Wiring wiring, Path directory, Path configDirectory, Path driversDirectory,
                                 KioskConfig config, CatalogStore store, KioskLauncher.RunningKiosk kiosk) {
        DemoSelfService demo = new DemoSelfService(wiring, directory);
        CentralLink link;
        try {
            link = wiring.centralLink(configDirectory);
        } catch (InvalidConfigException e) {
            wiring.err().println("hall-kiosk demo: " + e.getMessage() + "; the demo goes on with the guide alone");
            return demo;
        }
        KioskJournal journal = new KioskJournal(config.kioskId(), demo.outbox, demo::journalWritten,
                wiring.clock().withZone(config.zone()));
        demo.items = CompletableFuture.supplyAsync(() -> demo.offerItems(configDirectory, driversDirectory, link, journal,
                kiosk));
        demo.backOffice = CompletableFuture.supplyAsync(() -> demo.startBackOffice(directory, config, link, store, kiosk));
        demo.desk = demo.items.thenCombine(demo.backOffice, (readers, started) -> readers == null || started == null
                ? null : demo.openDesk(readers, started, kiosk.window()));
        return demo;
    }

    private void journalWritten() {
        DemoBackOffice started = office.get();
        if (started != null) {
            started.journalWritten();
        }
    }

    private DemoCardReaders offerItems(Path configDirectory, Path driversDirectory, CentralLink link,
                                       KioskJournal journal, KioskLauncher.RunningKiosk kiosk) {
        try {
            EmulatedItems offered = EmulatedItems.offer(wiring, kiosk, KioskItems.LINES, configDirectory, driversDirectory,
                    central.port(), journal, link);
            emulated.set(offered);
            wiring.out().println("Self-service items offered: " + String.join(", ",
                    offered.offers().stream().map(item -> item.offer().itemId() + " (" + item.line().label() + ")").toList()));
            return offered.readers();
        } catch (InvalidConfigException | RuntimeException e) {
            wiring.err().println("hall-kiosk demo: the self-service items are not offered (" + e.getMessage()
                    + "); the guide works on");
            return null;
        }
    }

    private DemoBackOffice startBackOffice(Path directory, KioskConfig config, CentralLink link, CatalogStore store,
                                           KioskLauncher.RunningKiosk kiosk) {
        try {
            DemoBackOffice started = DemoBackOffice.start(wiring, directory, config, link, store, outbox,
                    kiosk.devices(), kiosk::catalogChanged);
            office.set(started);
            central.arrived(started.businessSystem());
            wiring.out().println("The demo's central server: " + started.server().url() + " (SQLite "
                    + directory.resolve("central.db") + "; CA and kiosk certificates in " + started.pki().directory() + ")");
            wiring.out().println("The kiosk syncs its catalog from it, uploads its journal, sends its heartbeat and"
                    + " asks it the items' business; `catalog publish --db " + directory.resolve("central.db")
                    + "` changes the catalog.");
            return started;
        } catch (Exception e) {
            wiring.err().println("hall-kiosk demo: the demo's central server did not start (" + e.getMessage()
                    + "); the kiosk works on without it, and its items say the central cannot be reached");
            return null;
        }
    }

    private DemoCardDeskWindow openDesk(DemoCardReaders readers, DemoBackOffice started, KioskWindow window) {
        try {
            DemoCardDesk cards = new DemoCardDesk(DemoCards.of(started.population()), readers);
            CompletableFuture<DemoCardDeskWindow> opened = new CompletableFuture<>();
            SwingUtilities.invokeLater(() -> {
                DemoCardDeskWindow desk = DemoCardDeskWindow.open(cards, hands, window.frame().getBounds(),
                        window.mode() == KioskWindow.Mode.KIOSK);
                window.allowTechnicianKey(KeyEvent.VK_D, () -> SwingUtilities.invokeLater(desk::toggle));
                opened.complete(desk);
            });
            wiring.out().println("The demo card desk (演示卡片台) is open beside the kiosk: it puts a demo person's ID card"
                    + " and 社保卡 on the emulated readers; Ctrl+Alt+Shift+D hides and shows it over the full-screen kiosk.");
            return opened.join();
        } catch (Exception e) {
            wiring.err().println("hall-kiosk demo: the demo card desk did not open (" + e.getMessage() + ")");
            return null;
        }
    }

    private void closeDevices() {
        EmulatedItems offered = emulated.getAndSet(null);
        if (offered != null) {
            offered.close();
        }
    }

    /** Waits for what is still starting, then closes the desk, the central, the devices and the journal. */
    @Override
    public void close() {
        CompletableFuture<?> all = CompletableFuture.allOf(items, backOffice, desk);
        try {
            all.get(CLOSE_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            wiring.err().println("hall-kiosk demo: closing while the demo still starts (" + e + ")");
        }
        DemoCardDeskWindow openDesk = desk.getNow(null);
        if (openDesk != null) {
            SwingUtilities.invokeLater(openDesk::close);
        }
        hands.shutdownNow();
        DemoBackOffice started = office.get();
        if (started != null) {
            started.close();
        }
        Runtime.getRuntime().removeShutdownHook(closeDevicesAtExit);
        closeDevices();
        outbox.close();
    }
}
