package com.hallkiosk.business.http;

import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.business.jdbc.PinHashes;
import com.hallkiosk.business.jdbc.PopulationLoader;
import com.hallkiosk.central.client.CentralHttp;
import com.hallkiosk.central.http.CentralServer;
import com.hallkiosk.central.http.Routes;
import com.hallkiosk.central.http.ServerSettings;
import com.hallkiosk.central.pki.DemoPki;
import com.hallkiosk.central.pki.KioskTls;
import com.hallkiosk.central.pki.PkiFiles;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.central.store.SqliteCentralDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A small demo population in a central database, its {@link JdbcBusinessSystem}, and (once {@link #serve}d)
 * the real mutual-TLS central in front of it, with kiosk certificates for {@link #kiosk} connections.
 */
final class BusinessCentral implements AutoCloseable {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 15);
    static final Clock CLOCK = Clock.fixed(AS_OF.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    static final String KIOSK_ID = "demo-0001";
    /** Cheap hashes keep the tests fast; the hash format carries the count, so nothing else changes. */
    private static final int TEST_ITERATIONS = 1_000;
    private static final int PEOPLE = 300;

    final DemoPopulation population = new DemoPopulation(7, PEOPLE, AS_OF);
    final BusinessSystem system;
    private final CentralDatabase database;
    private final PkiFiles pki;
    private CentralServer server;

    BusinessCentral(Path directory) throws SQLException {
        pki = new DemoPki(directory.resolve("pki"), Clock.systemUTC()).ensure(KIOSK_ID);
        database = SqliteCentralDatabase.open(directory.resolve("central.db"));
        new PopulationLoader(database.dataSource(), new PinHashes(new SecureRandom(), TEST_ITERATIONS)).load(population);
        system = new JdbcBusinessSystem(database.dataSource(), CLOCK, seeded(), TEST_ITERATIONS);
    }

    /**
     * A fixed sequence, so that two systems taking the same calls draw the same application numbers (and salts):
     * SHA1PRNG seeded before its first use never mixes in the machine's entropy.
     */
    private static SecureRandom seeded() {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(42L);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    BusinessCentral serve() {
        server = start(system);
        return this;
    }

    /** Another central with this one's certificates in front of another system; the caller closes it. */
    CentralServer start(BusinessSystem business) {
        return CentralServer.start(ServerSettings.of("127.0.0.1", 0, pki.serverKeyStore(), pki.trustStore(),
                pki.password()), new Routes().add(new BusinessRoutes(business)));
    }

    CentralHttp kiosk(Duration timeout) {
        return kiosk(server.url(), timeout);
    }

    /** A kiosk connection to any address, e.g. one where no central listens. */
    CentralHttp kiosk(URI central, Duration timeout) {
        return new CentralHttp(central, KioskTls.context(pki, KIOSK_ID), timeout, timeout);
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        database.close();
    }
}
