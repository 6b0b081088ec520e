package com.hallkiosk.central.testing;

import com.hallkiosk.central.http.CentralServer;
import com.hallkiosk.central.http.Routes;
import com.hallkiosk.central.http.ServerSettings;
import com.hallkiosk.central.pki.DemoPki;
import com.hallkiosk.central.pki.PkiFiles;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.central.store.SqliteCentralDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;

/**
 * A real central for a test: the demo PKI with the given kiosks' certificates, a SQLite database, and the
 * mutual-TLS server on a free loopback port with the routes the test needs. Close it to stop both.
 */
public record TestCentral(PkiFiles pki, CentralDatabase database, CentralServer server) implements AutoCloseable {
    public static TestCentral start(Path directory, Function<CentralDatabase, Routes> routes, String... kioskIds) {
        PkiFiles pki = null;
        for (String kioskId : kioskIds) {
            pki = new DemoPki(directory.resolve("pki"), Clock.systemUTC()).ensure(kioskId);
        }
        if (pki == null) {
            throw new IllegalArgumentException("a test central has at least one kiosk");
        }
        CentralDatabase database = SqliteCentralDatabase.open(directory.resolve("central.db"));
        try {
            CentralServer server = CentralServer.start(ServerSettings.of("127.0.0.1", 0, pki.serverKeyStore(),
                    pki.trustStore(), pki.password()), routes.apply(database));
            return new TestCentral(pki, database, server);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public URI url() {
        return server.url();
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
