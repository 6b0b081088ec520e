package com.hallkiosk.app;

import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.http.HttpBusinessSystem;
import com.hallkiosk.business.jdbc.PinHashes;
import com.hallkiosk.business.jdbc.PopulationLoader;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.central.client.CentralHttp;
import com.hallkiosk.central.http.CentralServer;
import com.hallkiosk.central.pki.KioskTls;
import com.hallkiosk.central.pages.PagesSettings;
import com.hallkiosk.central.pki.PkiFiles;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.config.CentralLink;
import com.hallkiosk.config.KioskConfig;
import com.hallkiosk.device.DevicePort;
import com.hallkiosk.fleet.HeartbeatSender;
import com.hallkiosk.fleet.HttpHeartbeatChannel;
import com.hallkiosk.journal.HttpJournalChannel;
import com.hallkiosk.journal.JournalOutbox;
import com.hallkiosk.journal.JournalUploader;
import com.hallkiosk.sync.PayloadCodec;
import com.hallkiosk.sync.kiosk.CatalogSyncPoller;
import com.hallkiosk.sync.kiosk.ExecutorTaskScheduler;
import com.hallkiosk.sync.kiosk.HttpCatalogSource;
import com.hallkiosk.sync.kiosk.KioskCatalogSync;
import com.hallkiosk.sync.kiosk.PollSchedule;
import com.hallkiosk.sync.signing.DemoSigningKey;
import com.hallkiosk.sync.signing.PayloadVerifier;
import com.hallkiosk.sync.signing.SigningKeyFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * The demo's central server, in this process on a free loopback port, and the kiosk's links to it
 * through the same code paths a kiosk uses with a remote central: HTTPS with its client certificate,
 * the signed catalog poll, the journal upload, the heartbeat, the business calls of the items. Started
 * after the home screen is painted.
 */
final class DemoBackOffice implements AutoCloseable {
    static final int DEMO_PEOPLE = 1000;
    private static final int JOURNAL_BATCH = 100;
    /** The demo polls often, so that a change published with `catalog publish` shows within a minute. */
    private static final PollSchedule DEMO_POLLS = new PollSchedule(Duration.ofSeconds(30), 0.2, Duration.ofSeconds(5),
            Duration.ofMinutes(5));

    private final List<AutoCloseable> parts = new ArrayList<>();
    private final CentralServer server;
    private final PkiFiles pki;
    private final CentralDatabase database;
    private CentralHttp central;
    private JournalUploader uploader;

    private DemoBackOffice(CentralServer server, PkiFiles pki, CentralDatabase database) {
        this.server = server;
        this.pki = pki;
        this.database = database;
    }

    /**
     * Starts the central and links the kiosk to it: {@code link} gives the kiosk's timeouts (its address and
     * credentials are the demo's own), {@code outbox} is the kiosk's journal, which the demo's central receives.
     */
    static DemoBackOffice start(Wiring wiring, Path directory, KioskConfig kiosk, CentralLink link, CatalogStore store,
                                JournalOutbox outbox, List<DevicePort> devices, Consumer<Catalog> catalogChanged)
            throws Exception {
        PkiFiles pki = wiring.demoPki(directory.resolve("pki"), kiosk.kioskId());
        CentralDatabase database = wiring.openCentralDatabase(directory.resolve("central.db").toString());
        DemoBackOffice office;
        try {
            wiring.seedCentral(database, DEMO_PEOPLE);
            Path key = DemoSigningKey.ensurePrivateKey(directory.resolve("central").resolve("catalog-signing.key"));
            CentralServer server = wiring.startCentral("127.0.0.1", 0, pki, database, SigningKeyFiles.readPrivate(key),
                    PagesSettings.load(Wiring.DEMO_PAGES_CONFIG));
            office = new DemoBackOffice(server, pki, database);
            // Closed in the reverse order: the kiosk's links first, the server, the database last.
            office.parts.add(database);
            office.parts.add(server);
        } catch (Exception e) {
            database.close();
            throw e;
        }
        try {
            office.connect(wiring, kiosk, link, store, outbox, devices, catalogChanged);
            return office;
        } catch (Exception e) {
            office.close();
            throw e;
        }
    }

    private void connect(Wiring wiring, KioskConfig kiosk, CentralLink link, CatalogStore store, JournalOutbox outbox,
                         List<DevicePort> devices, Consumer<Catalog> catalogChanged) throws IOException {
        central = new CentralHttp(server.url(), KioskTls.context(pki, kiosk.kioskId()), link.connectTimeout(),
                link.requestTimeout());
        KioskCatalogSync sync = new KioskCatalogSync(kiosk.regionId(), store, new HttpCatalogSource(central),
                new PayloadVerifier(DemoSigningKey.pair().getPublic()), new PayloadCodec());
        ExecutorTaskScheduler syncThread = new ExecutorTaskScheduler("catalog-sync");
        CatalogSyncPoller poller = new CatalogSyncPoller(sync, syncThread, wiring.clock(), DEMO_POLLS,
                ThreadLocalRandom.current()::nextDouble, applied -> {
                    wiring.out().println("catalog sync: applied version " + applied.toVersion()
                            + (applied.snapshot() ? " (snapshot)" : ""));
                    catalogChanged.accept(store.loadRegion(kiosk.regionId()));
                });
        parts.add(syncThread::close);
        parts.add(poller::close);
        poller.start();

        uploader = new JournalUploader(outbox, new HttpJournalChannel(central), JOURNAL_BATCH,
                Wiring.JOURNAL_UPLOAD_INTERVAL, Duration.ofMinutes(10), wiring.clock(), new SplittableRandom());
        parts.add(uploader);
        uploader.start();

        HeartbeatSender heartbeat = new HeartbeatSender(kiosk.kioskId(), Wiring.SOFTWARE_VERSION, devices,
                () -> store.syncState(kiosk.regionId())
                        .map(state -> new HeartbeatSender.CatalogState(state.version(), state.syncedAt()))
                        .orElse(new HeartbeatSender.CatalogState(0, Instant.EPOCH)),
                new HttpHeartbeatChannel(central), wiring.clock());
        parts.add(heartbeat);
        heartbeat.start(Wiring.HEARTBEAT_INTERVAL);
    }

    CentralServer server() {
        return server;
    }

    /** The central's business system as a kiosk reaches it: its API over HTTPS with the kiosk's certificate. */
    BusinessSystem businessSystem() {
        return new HttpBusinessSystem(central);
    }

    /** An entry is in the kiosk's journal: send it soon. */
    void journalWritten() {
        uploader.wake();
    }

    /** The people the central was loaded with, as it recorded them: whom the demo cards are made for. */
    DemoPopulation population() throws SQLException {
        return new PopulationLoader(database.dataSource(), new PinHashes(new SecureRandom(), PinHashes.DEFAULT_ITERATIONS))
                .loadedPopulation().orElseThrow(() -> new IllegalStateException("the demo's central has no population"));
    }

    PkiFiles pki() {
        return pki;
    }

    @Override
    public void close() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            AutoCloseable part = parts.get(i);
            try {
                part.close();
            } catch (Exception e) {
                org.slf4j.LoggerFactory.getLogger(DemoBackOffice.class).warn("demo: closing {} failed: {}", part, e.getMessage());
            }
        }
    }
}
