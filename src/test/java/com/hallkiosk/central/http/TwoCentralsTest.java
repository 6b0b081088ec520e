package com.hallkiosk.central.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.central.lastseen.LastSeenRoutes;
import com.hallkiosk.central.ping.PingRoutes;
import com.hallkiosk.central.pki.DemoPki;
import com.hallkiosk.central.pki.KioskTls;
import com.hallkiosk.central.pki.PkiFiles;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.central.testing.DatabaseKind;
import com.hallkiosk.central.testing.EachCentralDatabase;
import com.hallkiosk.central.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two central servers, each with its own pool and its own migration run, over one PostgreSQL database,
 * as behind a load balancer. In-process on two ports rather than two JVMs: they share nothing but the
 * database and the PKI directory (each handler holds no state), and it keeps the test at ~1 s.
 */
class TwoCentralsTest {
    @EachCentralDatabase(DatabaseKind.POSTGRESQL)
    void aKioskSwitchingBetweenTwoCentralsSeesTheSameState(TestDatabase database, @TempDir Path pkiDirectory)
            throws Exception {
        PkiFiles pki = new DemoPki(pkiDirectory, Clock.systemUTC()).ensure("demo-0001");
        try (CentralDatabase databaseA = database.open(); CentralDatabase databaseB = database.open();
                CentralServer a = start(pki, databaseA, "central-a", Instant.parse("2026-11-22T10:00:00Z"));
                CentralServer b = start(pki, databaseB, "central-b", Instant.parse("2026-11-22T10:05:00Z"))) {
            CentralClient kiosk = new CentralClient(KioskTls.context(pki, "demo-0001"));
            URI first = a.url();
            URI second = b.url();
            assertThat(first.getPort()).isNotEqualTo(second.getPort());

            assertThat(kiosk.get(first, "/v1/ping").body()).contains("\"kioskId\":\"demo-0001\"", "central-a");
            assertThat(kiosk.get(second, "/v1/ping").body()).contains("\"kioskId\":\"demo-0001\"", "central-b");

            assertThat(kiosk.post(first, "/v1/last-seen", "").statusCode()).isEqualTo(200);
            HttpResponse<String> readThroughB = kiosk.get(second, "/v1/last-seen/demo-0001");
            HttpResponse<String> readThroughA = kiosk.get(first, "/v1/last-seen/demo-0001");
            assertThat(readThroughB.statusCode()).isEqualTo(200);
            assertThat(readThroughB.body()).isEqualTo(readThroughA.body())
                    .contains("\"lastSeenAt\":" + Instant.parse("2026-11-22T10:00:00Z").toEpochMilli(), "central-a");

            assertThat(kiosk.post(second, "/v1/last-seen", "").statusCode()).isEqualTo(200);
            assertThat(kiosk.get(first, "/v1/last-seen/demo-0001").body())
                    .isEqualTo(kiosk.get(second, "/v1/last-seen/demo-0001").body())
                    .contains("\"lastSeenAt\":" + Instant.parse("2026-11-22T10:05:00Z").toEpochMilli(), "central-b");
        }
    }

    private static CentralServer start(PkiFiles pki, CentralDatabase database, String name, Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        Routes routes = new Routes()
                .add(new PingRoutes(name))
                .add(new LastSeenRoutes(database.dataSource(), clock, name));
        return CentralServer.start(ServerSettings.of("127.0.0.1", 0, pki.serverKeyStore(), pki.trustStore(),
                pki.password()), routes);
    }
}
