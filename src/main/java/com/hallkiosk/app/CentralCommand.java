package com.hallkiosk.app;

import com.hallkiosk.central.http.CentralServer;
import com.hallkiosk.central.pages.PagesSettings;
import com.hallkiosk.central.http.ServerStartException;
import com.hallkiosk.central.pages.DemoOperator;
import com.hallkiosk.central.pki.PkiException;
import com.hallkiosk.central.pki.PkiFiles;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.central.store.CentralStoreException;
import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.sync.signing.DemoSigningKey;
import com.hallkiosk.sync.signing.SigningKeyFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code central}: the central server, until it is stopped (SIGTERM or Ctrl+C: requests in flight finish,
 * the pool closes). On first run it makes the demo CA, the server's and a kiosk's certificates.
 */
@Command(name = "central", mixinStandardHelpOptions = true,
        description = "Run the central server (HTTPS with kiosk client certificates) until stopped.")
final class CentralCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8443", description = "The HTTPS port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--db", paramLabel = "URL", defaultValue = "target/demo/central.db",
            description = "A SQLite file (default: ${DEFAULT-VALUE}) or postgresql://user:password@host:port/db.")
    String database;

    @Option(names = "--pki", paramLabel = "DIR", defaultValue = "target/demo/pki",
            description = "Where the CA, server and kiosk certificates are, made there on first run (default: ${DEFAULT-VALUE}).")
    Path pki;

    @Option(names = "--kiosk", paramLabel = "ID", defaultValue = "demo-0001",
            description = "The kiosk whose client certificate to make when missing (default: ${DEFAULT-VALUE}).")
    String kioskId;

    @Option(names = "--signing-key", paramLabel = "FILE", defaultValue = "target/demo/central/catalog-signing.key",
            description = "The Ed25519 private key (PKCS#8 PEM) the catalog is signed with; when missing, the demo key"
                    + " is written there, whose public half ships in kiosk-config/catalog-signing.pub (default: ${DEFAULT-VALUE}).")
    Path signingKey;

    @Option(names = "--pages-config", paramLabel = "FILE", defaultValue = "kiosk-config/certificates.properties",
            description = "The properties file with certificate.verification.key (the kiosks' key of verification codes)"
                    + " and pages.zone, for the /verify and /fleet pages (default: ${DEFAULT-VALUE}, as in the demo).")
    Path pagesConfig;

    @Option(names = "--population", paramLabel = "N", defaultValue = "1000",
            description = "Demo people to generate into a new database's business tables (default: ${DEFAULT-VALUE}; 0 for none).")
    int population;

    private static final long STOP_TIMEOUT_SECONDS = 10;

    private final Wiring wiring;

    CentralCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        PkiFiles files = credentials();
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // SIGTERM runs the hook; the JVM halts when the hook returns, so the hook waits (bounded) until
        // the server has let requests finish and the pool is closed below.
        Thread hook = new Thread(() -> {
            stopRequested.countDown();
            try {
                closed.await(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "central-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        PrivateKey catalogKey = catalogKey();
        try (CentralDatabase store = open(); CentralServer server = start(files, store, catalogKey)) {
            describe(wiring.out(), server, store, files, kioskId);
            wiring.out().println("catalog key:    " + signingKey);
            stopRequested.await();
            wiring.err().println("hall-kiosk central: stopping");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running: nothing to remove.
            }
        }
        return ExitCodes.OK;
    }

    private PkiFiles credentials() {
        try {
            return wiring.demoPki(pki, kioskId);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), ExitCodes.BAD_INPUT);
        } catch (PkiException e) {
            throw new UserError(e.getMessage() + ": " + e.getCause().getMessage(), ExitCodes.BAD_DATA);
        }
    }

    private PrivateKey catalogKey() {
        try {
            if (!Files.exists(signingKey)) {
                DemoSigningKey.ensurePrivateKey(signingKey);
                wiring.err().println("hall-kiosk central: wrote the DEMO catalog signing key to " + signingKey
                        + "; anyone can sign with it — give a real central its own key (--signing-key)");
            }
            return SigningKeyFiles.readPrivate(signingKey);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError("cannot read the catalog signing key " + signingKey + ": " + e.getMessage(), ExitCodes.BAD_DATA);
        }
    }

    private CentralDatabase open() {
        try {
            CentralDatabase opened = wiring.openCentralDatabase(database);
            try {
                wiring.seedCentral(opened, population).forEach(done -> wiring.out().println("first run: " + done));
            } catch (InvalidCatalogException | SQLException | RuntimeException e) {
                opened.close();
                throw new UserError("cannot fill the new central database: " + e.getMessage(), ExitCodes.BAD_DATA);
            }
            return opened;
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), ExitCodes.BAD_INPUT);
        } catch (CentralStoreException e) {
            throw new UserError(e.getMessage(), ExitCodes.BAD_DATA);
        }
    }

    private CentralServer start(PkiFiles files, CentralDatabase store, PrivateKey catalogKey) {
        PagesSettings pages;
        try {
            pages = PagesSettings.load(pagesConfig);
        } catch (IllegalArgumentException e) {
            throw new UserError("--pages-config: " + e.getMessage(), ExitCodes.BAD_DATA);
        }
        try {
            return wiring.startCentral(host, port, files, store, catalogKey, pages);
        } catch (ServerStartException e) {
            throw new UserError(e.getMessage(), ExitCodes.BAD_INPUT);
        }
    }

    private static void describe(PrintStream out, CentralServer server, CentralDatabase store, PkiFiles files,
            String kioskId) {
        out.println("central server: " + server.url() + "  (try " + server.url() + "/v1/ping with a kiosk certificate)");
        out.println("database:       " + store.describe());
        out.println("CA certificate: " + files.caCertificate());
        out.println("kiosk " + kioskId + ":  " + files.kioskKeyStore(kioskId) + "  (PKCS#12, CN = kiosk id)");
        out.println("trust store:    " + files.trustStore());
        out.println("keystore password in " + files.passwordFile());
        out.println("fleet page:     " + server.url() + "/fleet  (sign in as " + DemoOperator.NAME + ", password in "
                + files.directory().resolve(DemoOperator.PASSWORD_FILE) + ")");
        out.println("stop with Ctrl+C or SIGTERM");
    }
}
