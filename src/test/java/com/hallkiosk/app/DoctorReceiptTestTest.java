package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.device.idcard.emulator.SocatPtyPair;
import com.hallkiosk.device.receipt.PrinterStatus;
import com.hallkiosk.device.receipt.SampleReceipts;
import com.hallkiosk.device.receipt.emulator.ReceiptPrinterEmulator;
import com.hallkiosk.device.receipt.emulator.VirtualReceiptPrinter;
import com.hallkiosk.device.sscard.RequiredServices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * doctor receipt-test as a technician runs it: against the configured emulator, and with --port against
 * an emulated printer on a socat pty pair that is out of paper, offline, or runs out mid-job; and the
 * mistakes on the command line.
 */
class DoctorReceiptTestTest {
    @TempDir
    Path config;
    @TempDir
    Path ptys;
    private ReceiptPrinterEmulator emulator;

    @AfterEach
    void stopEmulator() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private CommandRun run(String devicesProperties, String... args) throws IOException {
        Files.writeString(config.resolve("devices.properties"), "idcard.driver=none\n" + devicesProperties,
                StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of("doctor", "receipt-test"));
        command.addAll(List.of(args));
        command.addAll(List.of("--config", config.toString()));
        return CommandRun.of(command.toArray(String[]::new));
    }

    /** An 80 mm printer at 115200 baud on a pty, as the configuration's default model expects. */
    private VirtualReceiptPrinter printerOnPty() throws IOException {
        Path socat = SocatPtyPair.findSocat().orElse(null);
        RequiredServices.require(socat != null, "socat is missing (needed for the serial pty tests): apt-get install socat");
        emulator = ReceiptPrinterEmulator.onPty(socat, ptys, SampleReceipts.GENERIC_80MM, 115200,
                SampleReceipts.fontSupplier());
        return emulator.printer();
    }

    @Test
    void theConfiguredEmulatorPrintsTheTestReceiptAndSaysWhatStoodIn() throws Exception {
        CommandRun table = run("receipt.driver=emulator\n");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("打印前状态 Status before", "ready", "已打印 Printed", "true", "bytes sent",
                "䶮 U+4DAE printed as a picture", "𠀀 U+20000 replaced with 〓", "¥ U+00A5 printed as its equivalent",
                "打印后状态 Status after", "(emulator)");

        JsonNode json = new ObjectMapper().readTree(run("receipt.driver=emulator\n", "--model", "generic-58mm", "--json").out());
        assertThat(json.get("printed").asBoolean()).isTrue();
        assertThat(json.get("baud").asInt()).as("the 58 mm model's default").isEqualTo(9600);
        assertThat(json.get("statusAfter").asText()).isEqualTo("ready");
        assertThat(json.get("problem").isNull()).isTrue();
    }

    @Test
    void aPrinterOutOfPaperGetsNoJobAndAnExitCodeOf4() throws Exception {
        VirtualReceiptPrinter printer = printerOnPty();
        printer.runOutOfPaper();
        CommandRun run = run("", "--port", emulator.hostPort());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.DEVICE);
        assertThat(run.out()).contains("打印机缺纸 the printer is out of paper", "未发送 not sent", "load a new paper roll");
        assertThat(printer.bytesReceived()).as("only the status question reached the printer")
                .isEqualTo(PrinterStatus.query().length);
        assertThat(printer.printed()).isEmpty();
    }

    @Test
    void anOfflinePrinterGetsNoJobEither() throws Exception {
        VirtualReceiptPrinter printer = printerOnPty();
        printer.goOffline();
        CommandRun run = run("", "--port", emulator.hostPort(), "--json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.DEVICE);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("printed").asBoolean()).isFalse();
        assertThat(json.get("statusBefore").asText()).isEqualTo("打印机脱机 the printer is offline");
        assertThat(printer.printed()).isEmpty();
    }

    @Test
    void paperRunningOutMidJobIsReportedNotPrintedWithAReprint() throws Exception {
        VirtualReceiptPrinter printer = printerOnPty();
        printer.runOutOfPaperAfter(250);
        CommandRun run = run("", "--port", emulator.hostPort(), "--json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.DEVICE);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("printed").asBoolean()).isFalse();
        assertThat(json.get("problem").asText()).startsWith("打印中断 printing stopped").endsWith("then print again");
        assertThat(json.get("statusAfter").asText()).contains("out of paper");
        assertThat(printer.printed()).hasSize(1).noneMatch(piece -> piece.cut());
    }

    @Test
    void aMissingPortSaysWhatToCheck() throws Exception {
        CommandRun run = run("", "--port", config.resolve("ttyNone").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.DEVICE);
        assertThat(run.err()).contains("ttyNone", "请检查 check:");
    }

    @Test
    void mistakesOnTheCommandLineAndASwitchedOffPrinterAreNamed() throws Exception {
        CommandRun none = run("receipt.driver=none\n");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(none.err()).contains("receipt.driver=none");
        CommandRun model = run("receipt.driver=emulator\n", "--model", "acme-9000");
        assertThat(model.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(model.err()).contains("--model acme-9000", "does not exist");
        CommandRun baud = run("receipt.driver=emulator\n", "--baud", "4800");
        assertThat(baud.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(baud.err()).contains("--baud 4800 is not a rate the generic-80mm model supports");
    }

    @Test
    void theBenchmarkRunsAndGivesItsFigures() {
        CommandRun run = CommandRun.of("bench", "receipt", "--prints", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Receipt bytes \\(generic-80mm\\): \\d+ checklists of the curated catalog")
                .contains("median checklist over the in-memory line at 115200 baud, 1 prints",
                        "self-test receipt over the in-memory line", "bytes on the line per print", "time to print median");
    }
}
