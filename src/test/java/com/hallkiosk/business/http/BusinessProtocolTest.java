package com.hallkiosk.business.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.CardState;
import com.hallkiosk.business.FaceSample;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.central.client.CentralHttp;
import com.hallkiosk.central.http.CentralServer;
import com.hallkiosk.face.FaceTemplate;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The business endpoints as a client sees them on the wire, and a kiosk whose central does not answer. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BusinessProtocolTest {
    private static final Duration SHORT = Duration.ofSeconds(1);
    private static final String NOBODY = "110101199001011237";

    private final ObjectMapper json = new ObjectMapper();
    private BusinessCentral central;
    private CentralHttp kiosk;

    @BeforeAll
    void start(@TempDir Path directory) throws Exception {
        central = new BusinessCentral(directory).serve();
        kiosk = central.kiosk(Duration.ofSeconds(10));
    }

    @AfterAll
    void stop() {
        central.close();
    }

    private CentralHttp.Answer post(String path, String body) throws Exception {
        return kiosk.post(path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private JsonNode body(CentralHttp.Answer answer) throws IOException {
        return json.readTree(answer.body());
    }

    @Test
    void aRefusalIsAStatusAndAStableCodeWithItsFields() throws Exception {
        DemoPerson holder = central.population.people().filter(p -> p.card().state() == CardState.NORMAL
                && p.card().pinTriesLeft() == CardServices.PIN_TRY_LIMIT).findFirst().orElseThrow();
        DemoPerson sealed = central.population.people().filter(p -> p.card().state() == CardState.SEALED)
                .findFirst().orElseThrow();

        CentralHttp.Answer wrongPin = post("/v1/business/card/verify-pin",
                "{\"cardNumber\":\"" + holder.card().cardNumber() + "\",\"pin\":\"999990\"}");
        CentralHttp.Answer unknown = post("/v1/business/person/lookup", "{\"idNumber\":\"" + NOBODY + "\"}");
        CentralHttp.Answer notInState = post("/v1/business/card/verify-pin",
                "{\"cardNumber\":\"" + sealed.card().cardNumber() + "\",\"pin\":\"123456\"}");

        assertThat(wrongPin.status()).isEqualTo(422);
        assertThat(body(wrongPin).get("error").asText()).isEqualTo("wrong-pin");
        assertThat(body(wrongPin).get("triesLeft").asInt()).isEqualTo(CardServices.PIN_TRY_LIMIT - 1);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(body(unknown).get("error").asText()).isEqualTo("unknown-person");
        assertThat(notInState.status()).isEqualTo(409);
        assertThat(body(notInState).get("actual").asText()).isEqualTo("SEALED");
        assertThat(new String(notInState.body(), StandardCharsets.UTF_8)).doesNotContain("Exception", "at com.");
    }

    @Test
    void aMalformedBodyIs400AndQuotesNothingOfIt() throws Exception {
        CentralHttp.Answer notJson = post("/v1/business/card/verify-pin", "{\"cardNumber\":\"X00000019\",\"pin\":");
        CentralHttp.Answer missingField = post("/v1/business/card/verify-pin", "{\"cardNumber\":\"X00000019\"}");
        CentralHttp.Answer unknownField = post("/v1/business/person/lookup",
                "{\"idNumber\":\"" + NOBODY + "\",\"pin\":\"654321\"}");
        CentralHttp.Answer badEnum = post("/v1/business/card/report-loss",
                "{\"idNumber\":\"" + NOBODY + "\",\"kind\":\"SOMETIMES\"}");
        CentralHttp.Answer empty = post("/v1/business/person/lookup", "");

        for (CentralHttp.Answer answer : new CentralHttp.Answer[] {notJson, missingField, unknownField, badEnum, empty}) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(body(answer).get("error").asText()).isEqualTo("malformed-request");
            assertThat(new String(answer.body(), StandardCharsets.UTF_8))
                    .doesNotContain(NOBODY, "X00000019", "654321", "SOMETIMES", "Exception");
        }
    }

    @Test
    void everyCallIsAPostSoNoNumberGoesInAUrl() throws Exception {
        List<BusinessCall<?, ?>> calls = new ArrayList<>();
        for (Field field : BusinessCalls.class.getDeclaredFields()) {
            if (field.getType() == BusinessCall.class) {
                calls.add((BusinessCall<?, ?>) field.get(null));
            }
        }

        assertThat(calls).hasSize(24);
        for (BusinessCall<?, ?> call : calls) {
            assertThat(call.path()).startsWith("/v1/business/").doesNotContain("{");
            assertThat(post(call.path(), "{}").status()).as(call.path()).isEqualTo(400);
            assertThat(kiosk.get(call.path(), Map.of()).status()).as(call.path()).isEqualTo(405);
        }
    }

    @Test
    void aRequestLogsItsNumbersMaskedAndNeverItsPins() {
        String logged = new BusinessRequests.PinChange("X00000019", "654321".toCharArray(), "802417".toCharArray())
                + " " + new BusinessRequests.CardHolderAndPin("X00000019", NOBODY, "802417".toCharArray());

        assertThat(logged).doesNotContain("X00000019", NOBODY, "654321", "802417").contains("X******19", "110101********1237");
    }

    @Test
    void theCentralWipesTheDecodedPinsOnceAnswered() {
        char[] oldPin = "654321".toCharArray();
        char[] newPin = "802417".toCharArray();

        new BusinessRequests.PinChange("X00000019", oldPin, newPin).wipe();

        assertThat(new String(oldPin) + new String(newPin)).isEqualTo("\0".repeat(12));
    }

    @Test
    void aFaceComparisonLogsNoTemplateAndTheCentralWipesIt() {
        byte[] template = new byte[FaceTemplate.LENGTH];
        Arrays.fill(template, (byte) 77);
        BusinessRequests.FaceComparison comparison = new BusinessRequests.FaceComparison(NOBODY, new FaceSample(template));

        assertThat(comparison.toString()).isEqualTo("[110101********1237, FaceSample[" + FaceTemplate.LENGTH + " bytes]]");
        comparison.wipe();
        assertThat(comparison.sample().template()).containsOnly(0);
    }

    @Test
    void aBusinessDatabaseThatIsDownIs503AndUnavailableOnTheKiosk(@TempDir Path directory) throws Exception {
        SQLiteDataSource unreachable = new SQLiteDataSource();
        unreachable.setUrl("jdbc:sqlite:" + directory.resolve("no-such-directory").resolve("business.db"));
        try (CentralServer down = central.start(new JdbcBusinessSystem(unreachable, BusinessCentral.CLOCK))) {
            CentralHttp toDown = central.kiosk(down.url(), Duration.ofSeconds(10));

            CentralHttp.Answer answer = toDown.post("/v1/business/person/lookup", "application/json",
                    ("{\"idNumber\":\"" + NOBODY + "\"}").getBytes(StandardCharsets.UTF_8));

            assertThat(answer.status()).isEqualTo(503);
            assertThat(body(answer).get("error").asText()).isEqualTo("unavailable");
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).doesNotContain("SQL", "sqlite", "Exception");
            assertThatThrownBy(() -> new HttpBusinessSystem(toDown).cardOf(NOBODY))
                    .isInstanceOf(BusinessException.Unavailable.class)
                    .hasMessage("the central answered, but its business system could not");
        }
    }

    @Test
    void aCentralThatIsDownIsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        HttpBusinessSystem business = new HttpBusinessSystem(central.kiosk(URI.create("https://127.0.0.1:" + closedPort), SHORT));

        long started = System.nanoTime();
        assertThatThrownBy(() -> business.personByIdNumber(NOBODY)).isInstanceOf(BusinessException.Unavailable.class)
                .hasMessageContaining("no answer from the central at https://127.0.0.1:" + closedPort)
                .hasMessageContaining("/v1/business/person/lookup");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aCentralThatNeverAnswersIsUnavailableWithinTheTimeout() throws Exception {
        // Connections complete in the backlog, but nothing ever reads: the TLS handshake hangs.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            HttpBusinessSystem business = new HttpBusinessSystem(
                    central.kiosk(URI.create("https://127.0.0.1:" + silent.getLocalPort()), SHORT));

            long started = System.nanoTime();
            assertThatThrownBy(() -> business.verifyPin("X00000019", "123456".toCharArray()))
                    .isInstanceOf(BusinessException.Unavailable.class).hasMessageContaining("no answer from the central");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
