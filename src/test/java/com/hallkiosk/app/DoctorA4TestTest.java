package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.device.document.CupsTestQueues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** doctor a4-test and the A4 printer's line in doctor health, through the cups-pdf queue scripts/test sets up. */
class DoctorA4TestTest {
    @TempDir
    Path config;

    @BeforeEach
    void cups() {
        CupsTestQueues.requireQueues();
    }

    private CommandRun run(String devicesProperties, String... args) throws IOException {
        Files.writeString(config.resolve("devices.properties"), "idcard.driver=none\nsscard.driver=none\n"
                + devicesProperties, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(args));
        command.addAll(List.of("--config", config.toString()));
        return CommandRun.of(command.toArray(String[]::new));
    }

    @Test
    void theTestPageIsPrintedOnTheConfiguredQueueAndTheJobNamed() throws Exception {
        CommandRun run = run("document.driver=cups\ndocument.queue=" + CupsTestQueues.QUEUE + "\n",
                "doctor", "a4-test", "--json");
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("queue").asText()).isEqualTo(CupsTestQueues.QUEUE);
        assertThat(report.get("printed").asBoolean()).isTrue();
        assertThat(report.get("pages").asInt()).isEqualTo(1);
        assertThat(report.get("health").asText()).startsWith("READY: queue " + CupsTestQueues.QUEUE);
        int job = report.get("jobId").asInt();
        Path paper = CupsTestQueues.output(job).orElseThrow(() -> new AssertionError("no PDF of job " + job));
        Files.delete(paper);
    }

    @Test
    void aMissingQueueGivenOnTheCommandLineIsADeviceProblemWithWhatToCheck() throws Exception {
        CommandRun run = run("", "doctor", "a4-test", "--queue", "hallkiosk-no-such-queue");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.DEVICE);
        assertThat(run.err()).contains("queue hallkiosk-no-such-queue missing", "请检查 check:", "lpstat -p");
    }

    @Test
    void withoutAQueueOptionASwitchedOffPrinterIsSaidSo() throws Exception {
        CommandRun run = run("document.driver=none\n", "doctor", "a4-test");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(run.err()).contains("document.driver=none");
    }

    @Test
    void healthShowsTheA4PrintersQueue() throws Exception {
        CommandRun run = run("document.driver=cups\ndocument.queue=" + CupsTestQueues.QUEUE + "\n", "doctor", "health");
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("A4打印机 document", "cups", "就绪 READY", "queue " + CupsTestQueues.QUEUE);
    }
}
