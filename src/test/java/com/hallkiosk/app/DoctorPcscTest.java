package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.device.sscard.PcscdProcess;
import com.hallkiosk.device.sscard.emulator.CardBehaviour;
import com.hallkiosk.device.sscard.emulator.ScriptedCards;
import com.hallkiosk.device.sscard.emulator.VirtualSocialSecurityCard;
import com.hallkiosk.device.sscard.emulator.VpcdCardClient;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import jnasmartcardio.Smartcardio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doctor readers and doctor sscard through the real PC/SC stack: jnasmartcardio, pcscd, vpcd and a virtual card. */
class DoctorPcscTest {
    private static final String READER = VpcdCardClient.FIRST_READER_NAME;
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path config;

    @BeforeAll
    static void startPcscd() throws Exception {
        PcscdProcess.sharedWithVpcd();
    }

    @BeforeEach
    void configureThePcscReader() throws Exception {
        Files.writeString(config.resolve("devices.properties"), "idcard.driver=none\nsscard.driver=pcsc\nsscard.reader="
                + READER + "\n", StandardCharsets.UTF_8);
        awaitCard(false);
    }

    private CommandRun doctor(String... args) {
        List<String> command = new ArrayList<>(List.of("doctor"));
        command.addAll(List.of(args));
        command.addAll(List.of("--config", config.toString()));
        return CommandRun.of(command.toArray(String[]::new));
    }

    /** Waits until pcscd sees a card in vpcd's first slot, or sees none (vpcd notices at its next poll). */
    private static void awaitCard(boolean present) throws Exception {
        CardTerminals terminals = TerminalFactory.getInstance("PC/SC", null, new Smartcardio()).terminals();
        try {
            boolean seen = present ? terminals.getTerminal(READER).waitForCardPresent(WAIT.toMillis())
                    : terminals.getTerminal(READER).waitForCardAbsent(WAIT.toMillis());
            assertThat(seen).as("pcscd sees the card %s", present ? "inserted" : "gone").isTrue();
        } finally {
            ((Smartcardio.JnaCardTerminals) terminals).close();
        }
    }

    @Test
    void readersAndSscardReadTheVirtualCardThroughPcscd() throws Exception {
        VirtualSocialSecurityCard card = new VirtualSocialSecurityCard(ScriptedCards.ouyangNana(), CardBehaviour.t0Card());
        try (VpcdCardClient client = VpcdCardClient.insert(card, "localhost", VpcdCardClient.FIRST_READER_PORT, WAIT)) {
            awaitCard(true);
            CommandRun readers = doctor("readers");
            assertThat(readers.exitCode()).as(readers.err()).isZero();
            assertThat(readers.out()).contains(READER + " *", "有 inserted");

            CommandRun run = doctor("sscard", "--json");
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode read = new ObjectMapper().readTree(run.out());
            assertThat(read.get("name").asText()).isEqualTo("欧***");
            String ssn = ScriptedCards.ouyangNana().socialSecurityNumber();
            assertThat(read.get("ssn").asText()).isEqualTo(PersonalDataMasking.idNumber(ssn));
            assertThat(read.get("apduCount").asInt()).as("APDUs the reader sent for one read").isEqualTo(16);
            assertThat(run.out()).doesNotContain("欧阳娜娜", ssn);
        }
    }

    @Test
    void anEmptyReaderIsSaidAfterTheWait() {
        CommandRun run = doctor("sscard", "--wait", "1");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.DEVICE);
        assertThat(run.err()).contains("请插入社保卡", "no card was inserted within 1 s", "请检查 check:");
    }
}
