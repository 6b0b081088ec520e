package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.device.sscard.emulator.ScriptedCard;
import com.hallkiosk.device.sscard.emulator.ScriptedCards;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * doctor health, readers and sscard as kiosk-config sets the devices up: here with the emulators
 * (the real drivers against an emulated module on a socat pty pair and a virtual PC/SC reader), and
 * with devices that are missing or switched off.
 */
class DoctorDevicesTest {
    @TempDir
    Path config;

    private CommandRun run(String devicesProperties, String... args) throws IOException {
        Files.writeString(config.resolve("devices.properties"), devicesProperties, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(args));
        command.addAll(List.of("--config", config.toString()));
        return CommandRun.of(command.toArray(String[]::new));
    }

    @Test
    void healthOfTheEmulatorsIsReady() throws Exception {
        CommandRun run = run("idcard.driver=emulator\nsscard.driver=emulator\nreceipt.driver=emulator\n"
                + "camera.driver=emulator\n", "doctor", "health", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertThat(rows).extracting(row -> row.get("device").asText())
                .containsExactly("idcard", "sscard", "receipt", "document", "pinpad", "camera");
        for (JsonNode row : List.of(rows.get(0), rows.get(1), rows.get(2), rows.get(5))) {
            assertThat(row.get("driver").asText()).isEqualTo("emulator");
            assertThat(row.get("state").asText()).isEqualTo("READY");
            assertThat(row.get("usable").asBoolean()).isTrue();
            assertThat(row.get("since").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        }
        assertThat(rows.get(0).get("reason").asText()).isEqualTo("SAM ok");
        assertThat(rows.get(1).get("reason").asText()).isEqualTo("reader " + ConfiguredDevices.VIRTUAL_READER);
        assertThat(rows.get(3).get("state").asText()).as("document.driver is none unless set").isEqualTo("NOT_CONFIGURED");
        assertThat(rows.get(4).get("state").asText()).as("pinpad.driver is none (the on-screen keypad) unless set")
                .isEqualTo("NOT_CONFIGURED");
        assertThat(rows.get(5).get("reason").asText()).isEqualTo("emulated camera");
    }

    @Test
    void aMissingPortIsOfflineWithWhatToCheckAndASwitchedOffRoleIsNotAFault() throws Exception {
        String missing = config.resolve("ttyNone").toString();
        String devices = "idcard.driver=gat467\nidcard.port=" + missing + "\nsscard.driver=none\n";
        CommandRun table = run(devices, "doctor", "health");
        assertThat(table.exitCode()).isEqualTo(ExitCodes.DEVICE);
        assertThat(table.out()).contains("身份证 idcard", "gat467", "离线 OFFLINE", missing, "请检查 check:",
                "社保卡 sscard", "未配置 none");

        JsonNode rows = new ObjectMapper().readTree(run(devices, "doctor", "health", "--json").out());
        assertThat(rows.get(0).get("state").asText()).isEqualTo("OFFLINE");
        assertThat(rows.get(0).get("check").asText()).isNotBlank();
        assertThat(rows.get(1).get("state").asText()).isEqualTo("NOT_CONFIGURED");
        assertThat(rows.get(1).get("usable").asBoolean()).isTrue();
    }

    @Test
    void sscardReadsTheEmulatedCardAndMasksIt() throws Exception {
        CommandRun run = run("idcard.driver=none\nsscard.driver=emulator\n", "doctor", "sscard", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode card = new ObjectMapper().readTree(run.out());
        for (String key : new String[] {"cardNumber", "ssn", "name", "gender", "birth", "specVersion", "issueDate",
                "expiryDate", "apduCount"}) {
            assertThat(card.has(key)).as(key).isTrue();
        }
        ScriptedCard script = ScriptedCards.zhangSan();
        String ssn = script.socialSecurityNumber();
        assertThat(card.get("ssn").asText()).isEqualTo(ssn.substring(0, 6) + "********" + ssn.substring(14));
        assertThat(card.get("name").asText()).isEqualTo("张***");
        assertThat(card.get("cardNumber").asText()).isEqualTo("X******19");
        assertThat(card.get("gender").asText()).isEqualTo("男");
        assertThat(card.get("birth").asText()).isEqualTo("1981-01-01");
        assertThat(card.get("issueDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(card.get("apduCount").asInt()).as("SELECT SSSE, 2 SELECT EF, 13 READ RECORD").isEqualTo(16);
        assertThat(run.out()).doesNotContain(ssn, "张三");

        CommandRun table = run("idcard.driver=none\nsscard.driver=emulator\n", "doctor", "sscard");
        assertThat(table.out()).contains("社会保障号码 SSN", "姓名 Name", "指令数 APDUs").doesNotContain(ssn);
    }

    @Test
    void readersListsTheReaderTheKioskUsesAndSaysWhenTheConfiguredOneIsNotThere() throws Exception {
        CommandRun run = run("idcard.driver=none\nsscard.driver=emulator\n", "doctor", "readers");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(ConfiguredDevices.VIRTUAL_READER + " *", "无 empty", "已选用");

        CommandRun json = run("idcard.driver=none\nsscard.driver=emulator\n", "doctor", "readers", "--json");
        JsonNode readers = new ObjectMapper().readTree(json.out());
        assertThat(readers).hasSize(1);
        assertThat(readers.get(0).get("name").asText()).isEqualTo(ConfiguredDevices.VIRTUAL_READER);
        assertThat(readers.get(0).get("chosen").asBoolean()).isTrue();

        CommandRun elsewhere = run("idcard.driver=none\nsscard.driver=emulator\nsscard.reader=ACS ACR39U\n",
                "doctor", "readers");
        assertThat(elsewhere.exitCode()).isEqualTo(ExitCodes.DEVICE);
        assertThat(elsewhere.err()).contains("sscard.reader \"ACS ACR39U\" matches none of these readers", "请检查 check:");
        CommandRun read = run("idcard.driver=none\nsscard.driver=emulator\nsscard.reader=ACS ACR39U\n",
                "doctor", "sscard", "--wait", "1");
        assertThat(read.exitCode()).isEqualTo(ExitCodes.DEVICE);
        assertThat(read.err()).contains("reader unplugged", "'ACS ACR39U' is not connected", "请检查 check:");
    }

    @Test
    void aSwitchedOffIdCardReaderIsSaidSo() throws Exception {
        CommandRun run = run("idcard.driver=none\nsscard.driver=none\n", "doctor", "idcard", "--wait", "1");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(run.err()).contains("idcard.driver=none");
    }
}
