package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.device.idcard.PtyModuleFixture;
import com.hallkiosk.device.idcard.emulator.EmulatedIdCardModule;
import com.hallkiosk.device.idcard.emulator.SamModuleEmulator;
import com.hallkiosk.device.idcard.emulator.ScriptedCards;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doctor probe and doctor idcard against the emulated module on a real pty pair. */
class DoctorIdCardTest {
    @TempDir
    Path directory;

    private EmulatedIdCardModule module;

    @BeforeEach
    void startModule() throws Exception {
        module = PtyModuleFixture.start(directory, 115200);
    }

    @AfterEach
    void stopModule() {
        module.close();
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void probeFindsTheModuleAndItsSamId() {
        CommandRun run = run("doctor", "probe", "--port", module.hostPort());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("波特率 Baud", "115200", "SAM 编号 SAM id", EmulatedIdCardModule.SAM_ID);
    }

    @Test
    void idcardReadsACardAndShowsItMasked() throws Exception {
        module.place(ScriptedCards.resident());
        CommandRun run = run("doctor", "idcard", "--port", module.hostPort(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode card = new ObjectMapper().readTree(run.out());
        for (String key : new String[] {"cardType", "name", "gender", "nation", "birth", "address", "idNumber", "issuer",
                "validFrom", "validTo"}) {
            assertThat(card.has(key)).as(key).isTrue();
        }
        String number = ScriptedCards.resident().idNumber();
        assertThat(card.get("idNumber").asText()).isEqualTo(number.substring(0, 6) + "********" + number.substring(14));
        assertThat(card.get("name").asText()).endsWith("***").hasSize(4);
        assertThat(card.get("address").asText()).endsWith("***");
        assertThat(card.get("birth").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(run.out()).doesNotContain(number, ScriptedCards.resident().name());
        CommandRun table = run("doctor", "idcard", "--port", module.hostPort(), "--wait", "1");
        assertThat(table.exitCode()).as("the same card again needs lifting first").isEqualTo(4);
        assertThat(table.err()).contains("no card was placed within 1 s", "请检查 check");
    }

    @Test
    void aMissingPortSaysWhatToCheck() {
        CommandRun run = run("doctor", "idcard", "--port", directory.resolve("ttyNone").toString(), "--wait", "1");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).startsWith("hall-kiosk doctor idcard: ").contains("请检查 check:");
    }

    @Test
    void aFaultyModuleGetsAClearMessage() {
        module.place(ScriptedCards.resident());
        module.inject(SamModuleEmulator.Fault.BAD_CHECKSUM, 10);
        CommandRun run = run("doctor", "idcard", "--port", module.hostPort(), "--wait", "2");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("请检查 check:");
    }
}
