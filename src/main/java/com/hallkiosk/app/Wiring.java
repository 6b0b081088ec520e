package com.hallkiosk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.http.BusinessRoutes;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.business.jdbc.PinHashes;
import com.hallkiosk.business.jdbc.PopulationLoader;
import com.hallkiosk.catalog.curated.CatalogFiles;
import com.hallkiosk.catalog.curated.ClasspathCatalogFiles;
import com.hallkiosk.catalog.curated.CuratedCatalogReader;
import com.hallkiosk.catalog.curated.DirectoryCatalogFiles;
import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.search.CatalogSearch;
import com.hallkiosk.catalog.search.PinyinReadings;
import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.central.client.CentralHttp;
import com.hallkiosk.central.http.CentralServer;
import com.hallkiosk.central.http.Routes;
import com.hallkiosk.central.http.ServerSettings;
import com.hallkiosk.central.lastseen.LastSeenRoutes;
import com.hallkiosk.central.pages.DemoOperator;
import com.hallkiosk.central.pages.FleetPage;
import com.hallkiosk.central.pages.JournalIssuedCertificates;
import com.hallkiosk.central.pages.OperatorAccounts;
import com.hallkiosk.central.pages.OperatorSessions;
import com.hallkiosk.central.pages.PagesSettings;
import com.hallkiosk.central.pages.SignInPage;
import com.hallkiosk.central.pages.VerifyPage;
import com.hallkiosk.central.ping.PingRoutes;
import com.hallkiosk.central.pki.DemoPki;
import com.hallkiosk.central.pki.KioskTls;
import com.hallkiosk.central.pki.PkiFiles;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.central.store.CentralDatabases;
import com.hallkiosk.certificate.CertificateIssuer;
import com.hallkiosk.certificate.CertificateSettings;
import com.hallkiosk.certificate.CertificateSettingsLoader;
import com.hallkiosk.certificate.render.CertificateRenderer;
import com.hallkiosk.config.CentralLink;
import com.hallkiosk.config.CentralLinkLoader;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.config.KioskConfig;
import com.hallkiosk.config.KioskConfigLoader;
import com.hallkiosk.config.UserCache;
import com.hallkiosk.fleet.FleetStore;
import com.hallkiosk.fleet.HeartbeatRoutes;
import com.hallkiosk.fleet.OnlinePolicy;
import com.hallkiosk.fonts.KioskFonts;
import com.hallkiosk.items.certificate.CertificateOffice;
import com.hallkiosk.items.certificate.WarmRenderer;
import com.hallkiosk.journal.CentralJournal;
import com.hallkiosk.journal.JournalRoutes;
import com.hallkiosk.sync.PayloadCodec;
import com.hallkiosk.sync.central.CatalogFeed;
import com.hallkiosk.sync.central.CatalogRoutes;
import com.hallkiosk.sync.central.CentralCatalog;
import com.hallkiosk.sync.kiosk.HttpCatalogSource;
import com.hallkiosk.sync.kiosk.KioskCatalogSync;
import com.hallkiosk.sync.signing.PayloadSigner;
import com.hallkiosk.sync.signing.PayloadVerifier;
import com.hallkiosk.sync.signing.SigningKeyFiles;
import com.hallkiosk.ui.snapshot.LaunchScreen;
import com.hallkiosk.ui.theme.KioskTheme;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The composition root: the one place that chooses concrete classes and hands them to the commands.
 */
final class Wiring {
    /** How often a kiosk sends its heartbeat; the central counts a kiosk offline after three missed. */
    static final java.time.Duration HEARTBEAT_INTERVAL = java.time.Duration.ofSeconds(30);
    /** How often a kiosk uploads its journal when nothing wakes the uploader sooner. */
    static final java.time.Duration JOURNAL_UPLOAD_INTERVAL = java.time.Duration.ofSeconds(60);
    /** What a kiosk reports as its software in its heartbeat: the jar's version. */
    static final String SOFTWARE_VERSION = java.util.Objects.requireNonNullElse(
            Wiring.class.getPackage().getImplementationVersion(), "development");
    /** The demo population's seed: the same people on every demo machine. */
    static final long DEMO_POPULATION_SEED = 20261122L;
    /**
     * Where the demo's central finds the certificates' verification key: the kiosks' own certificate
     * settings, so that both sides of the demo share the key without a copy to keep in step.
     */
    static final Path DEMO_PAGES_CONFIG = Path.of("kiosk-config", "certificates.properties");

    /** The size of the 预览 mark's font before it is scaled over a preview. */
    private static final float CERTIFICATE_MARK_SIZE = 12f;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final PinyinReadings pinyin = new PinyinReadings();
    private CompletableFuture<KioskFonts> fonts;
    private CompletableFuture<KioskTheme> theme;
    private CompletableFuture<Optional<LaunchScreen>> launchScreen = CompletableFuture.completedFuture(Optional.empty());
    private CompletableFuture<Void> launchScreenPainted = CompletableFuture.completedFuture(null);

    Wiring(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    Clock clock() {
        return clock;
    }

    /** The curated catalog from {@code directory}, or the one shipped in the jar when it is null. */
    Catalog curatedCatalog(Path directory) throws InvalidCatalogException {
        return new CuratedCatalogReader().read(catalogFiles(directory));
    }

    /** The fingerprint of the curated files, to tell whether a database already holds them. */
    String curatedFingerprint(Path directory) throws java.io.IOException {
        return catalogFiles(directory).fingerprint();
    }

    String describeCuratedSource(Path directory) {
        return directory == null ? "the curated catalog in the jar" : "the curated catalog in " + directory;
    }

    private static CatalogFiles catalogFiles(Path directory) {
        return directory == null ? new ClasspathCatalogFiles() : new DirectoryCatalogFiles(directory);
    }

    CatalogStore openStore(Path file) {
        return CatalogStore.open(file, clock);
    }

    CatalogSearch search(Catalog catalog) {
        return CatalogSearch.of(catalog, pinyin);
    }

    PinyinReadings pinyin() {
        return pinyin;
    }

    /** The kiosk's font, loading in the background from the first call on. */
    synchronized CompletableFuture<KioskFonts> fonts() {
        if (fonts == null) {
            // After the launch screen, if there is one: it needs both cores more than the font does.
            fonts = launchScreenPainted.thenApplyAsync(painted -> KioskFonts.loadCached());
        }
        return fonts;
    }

    /**
     * The kiosk's theme, set on the event thread once the font is in, from the first call on. The
     * window's start calls it before the command line is read: the font and FlatLaf are the longest
     * part of the way to the home screen, and need no argument.
     */
    synchronized CompletableFuture<KioskTheme> theme() {
        if (theme == null) {
            // The launch screen first: the event thread is the one thing both need, and the picture is
            // what a person sees first.
            theme = KioskLauncher.themeOnceLoaded(fonts());
        }
        return theme;
    }

    /**
     * Shows the home screen's picture from the last run at once, before anything else of the kiosk is
     * ready ({@link LaunchScreen}); read and inflated on a thread of its own.
     */
    synchronized void showLaunchScreen(boolean windowed) {
        CompletableFuture<Void> painted = new CompletableFuture<>();
        launchScreenPainted = painted;
        launchScreen = CompletableFuture.supplyAsync(() -> LaunchScreen.show(launchScreenFile(), windowed, () -> {
            out.println("home snapshot painted (the live home screen follows)");
            painted.complete(null);
        }).join());
        launchScreen.whenComplete((shown, failure) -> {
            if (failure != null || shown.isEmpty()) {
                painted.complete(null);
            }
        });
    }

    /** Waits (a second at most) until the launch screen is painted, or known to be absent. */
    void awaitLaunchScreen() {
        CompletableFuture<Void> painted;
        synchronized (this) {
            painted = launchScreenPainted;
        }
        try {
            painted.get(1, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // The live screen comes as always.
        }
    }

    synchronized CompletableFuture<Optional<LaunchScreen>> launchScreen() {
        return launchScreen;
    }

    Path launchScreenFile() {
        return UserCache.directory().resolve(LaunchScreen.FILE_NAME);
    }

    /** A fresh set of devices, built as the configuration says; close it to release them. */
    ConfiguredDevices devices() {
        return new ConfiguredDevices(clock);
    }

    KioskConfig config(Path directory, Catalog catalog) throws InvalidConfigException {
        return new KioskConfigLoader(catalog.regionIds()).load(directory);
    }

    /** The configuration before the catalog is known; the region is checked against the store later. */
    KioskConfig configBeforeCatalog(Path directory) throws InvalidConfigException {
        return new KioskConfigLoader().load(directory);
    }

    CentralLink centralLink(Path configDirectory) throws InvalidConfigException {
        return new CentralLinkLoader().load(configDirectory);
    }

    /** The kiosk's HTTPS connection to the central, with its client certificate from the link's credentials folder. */
    CentralHttp centralHttp(CentralLink link, String kioskId) throws IOException {
        char[] password = Files.readString(link.pkiDirectory().resolve("keystore-password")).strip().toCharArray();
        PkiFiles files = new PkiFiles(link.pkiDirectory(), password);
        return new CentralHttp(link.url(), KioskTls.context(files, kioskId), link.connectTimeout(), link.requestTimeout());
    }

    /** The kiosk's catalog sync: the central's feed verified with the configured public key, applied to {@code store}. */
    KioskCatalogSync catalogSync(KioskConfig kiosk, CentralLink link, CatalogStore store) throws IOException {
        return new KioskCatalogSync(kiosk.regionId(), store, new HttpCatalogSource(centralHttp(link, kiosk.kioskId())),
                new PayloadVerifier(SigningKeyFiles.readPublic(link.catalogKey())), new PayloadCodec());
    }

    CertificateSettings certificateSettings(Path configDirectory) throws InvalidConfigException {
        return new CertificateSettingsLoader().load(configDirectory);
    }

    /** Numbers certificates in the hall's time zone, with a random part no other kiosk can guess. */
    CertificateIssuer certificateIssuer(CertificateSettings settings, KioskConfig kiosk) {
        return new CertificateIssuer(settings, kiosk.kioskId(), clock.withZone(kiosk.zone()), new SecureRandom());
    }

    /**
     * The certificate items' office: numbers in the hall's time zone, the renderer loaded and warmed on a
     * thread of its own from now on (its cold start would otherwise fall on a citizen's first certificate).
     */
    CertificateOffice certificateOffice(Path configDirectory) throws InvalidConfigException {
        CertificateSettings settings = certificateSettings(configDirectory);
        KioskConfig kiosk = configBeforeCatalog(configDirectory);
        return new CertificateOffice(certificateIssuer(settings, kiosk), WarmRenderer.startLoading(settings),
                fonts().join().bold(CERTIFICATE_MARK_SIZE));
    }

    CertificateRenderer certificateRenderer(CertificateSettings settings) {
        return CertificateRenderer.load(settings);
    }

    /** The central's database a {@code --db} value names: a SQLite file, or {@code postgresql://…}. */
    CentralDatabase openCentralDatabase(String url) {
        return CentralDatabases.open(url);
    }

    /** The demo CA's files in {@code directory}, with {@code kioskId}'s credentials, made on first use. */
    PkiFiles demoPki(Path directory, String kioskId) {
        return new DemoPki(directory, clock).ensure(kioskId);
    }

    /**
     * The central server with every feature's routes. A feature plugs in here: one more {@code .add(...)}
     * of its {@link com.hallkiosk.central.http.RouteSet}, given the database's DataSource and the clock.
     */
    CentralServer startCentral(String host, int port, PkiFiles pki, CentralDatabase database, PrivateKey catalogKey,
                               PagesSettings pages) {
        String name = java.util.Objects.requireNonNullElse(System.getenv("HOSTNAME"), "central") + "/"
                + ProcessHandle.current().pid();
        FleetStore fleet = new FleetStore(database.dataSource(), new OnlinePolicy(HEARTBEAT_INTERVAL), clock);
        OperatorAccounts operators = new OperatorAccounts(database.dataSource(), clock);
        OperatorSessions sessions = new OperatorSessions(database.dataSource(), clock);
        DemoOperator.ensure(operators, pki.directory());
        CentralCatalog catalog = centralCatalog(database);
        Routes routes = new Routes()
                .add(new PingRoutes(name))
                .add(new LastSeenRoutes(database.dataSource(), clock, name))
                .add(new VerifyPage(pages.verificationKey(), new JournalIssuedCertificates(database.dataSource()),
                        pages.zone()))
                .add(new CatalogRoutes(catalog, new CatalogFeed(catalog, new PayloadCodec(), new PayloadSigner(catalogKey))))
                .add(new JournalRoutes(new CentralJournal(database.dataSource(), clock)))
                .add(new HeartbeatRoutes(fleet))
                .add(new BusinessRoutes(new JdbcBusinessSystem(database.dataSource(), clock)))
                .add(new SignInPage(operators, sessions))
                .add(new FleetPage(fleet, clock, pages.zone()))
                .operatorGate(sessions);
        return CentralServer.start(ServerSettings.of(host, port, pki.serverKeyStore(), pki.trustStore(),
                pki.password()), routes);
    }

    CentralCatalog centralCatalog(CentralDatabase database) {
        return new CentralCatalog(database.dataSource(), clock, new ObjectMapper());
    }

    /**
     * A new central database's first contents: the curated catalog, and the demo population of {@code people}.
     * Each goes only into empty tables, so that an operator's published changes and the cards' states survive
     * a restart. Returns what it did, for the console.
     */
    List<String> seedCentral(CentralDatabase database, int people) throws InvalidCatalogException, SQLException {
        List<String> done = new ArrayList<>();
        CentralCatalog catalog = centralCatalog(database);
        if (catalog.version() == 0) {
            done.add("imported the curated catalog as version " + catalog.importCatalog(curatedCatalog(null)));
        }
        PopulationLoader loader = new PopulationLoader(database.dataSource(),
                new PinHashes(new SecureRandom(), PinHashes.DEFAULT_ITERATIONS));
        if (people > 0 && !loader.anyoneLoaded()) {
            loader.load(new DemoPopulation(DEMO_POPULATION_SEED, people, java.time.LocalDate.now(clock)));
            done.add("loaded a demo population of " + people + " people (seed " + DEMO_POPULATION_SEED + ", PIN "
                    + DemoPopulation.DEMO_PIN + ")");
        }
        return done;
    }
}
