package com.hallkiosk.device.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.device.DeviceHealth.State;
import com.hallkiosk.device.idcard.emulator.SocatPtyPair;
import com.hallkiosk.device.receipt.emulator.ReceiptPrinterEmulator;
import com.hallkiosk.device.receipt.emulator.VirtualReceiptPrinter;
import com.hallkiosk.device.sscard.RequiredServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver through jSerialComm and a socat pty pair, against the emulated printer paced at 115200
 * baud: a receipt, paper out mid-job, and the cable pulled and plugged back in.
 */
class EscPosReceiptPrinterOverPtyTest {
    private static final int BAUD = 115200;

    @TempDir
    Path directory;
    private ReceiptPrinterEmulator emulator;
    private EscPosReceiptPrinter printer;

    @BeforeEach
    void startEmulatorAndOpenPrinter() throws Exception {
        Path socat = SocatPtyPair.findSocat().orElse(null);
        RequiredServices.require(socat != null, "socat is missing (needed for the serial pty tests): apt-get install socat");
        emulator = ReceiptPrinterEmulator.onPty(socat, directory, SampleReceipts.GENERIC_80MM, BAUD,
                SampleReceipts.fontSupplier());
        printer = new EscPosReceiptPrinter(new ReceiptPrinterSettings(emulator.hostPort(), BAUD,
                SampleReceipts.GENERIC_80MM, Duration.ofMillis(500)), emulator.connector(),
                new RowRasteriser(SampleReceipts.fontSupplier()), Clock.systemUTC());
        printer.open().get(5, TimeUnit.SECONDS);
        printer.enable().get(5, TimeUnit.SECONDS);
        assertThat(printer.health().state()).isEqualTo(State.READY);
    }

    @AfterEach
    void closeAll() {
        if (printer != null) {
            printer.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void printsOverTheSerialLineAtItsPace() throws Exception {
        EncodedReceipt job = SampleReceipts.encoder(SampleReceipts.GENERIC_80MM).encode(SampleReceipts.checklist());
        long start = System.nanoTime();
        PrintOutcome outcome = printer.print(SampleReceipts.checklist()).get(10, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(outcome.printed()).isTrue();
        assertThat(took).as("no faster than the receipt's bytes on the line")
                .isGreaterThanOrEqualTo(com.hallkiosk.device.idcard.IdCardReaderSettings.lineTime(job.length(), BAUD));
        VirtualReceiptPrinter virtual = emulator.printer();
        assertThat(virtual.printed()).hasSize(1);
        assertThat(virtual.printed().get(0).lines()).contains("办事清单", "咨询电话：12333、024-52612333");
        assertThat(virtual.unknownCommands()).isZero();
    }

    @Test
    void paperOutMidJobOverThePty() throws Exception {
        emulator.printer().runOutOfPaperAfter(300);
        PrintOutcome outcome = printer.print(SampleReceipts.checklist()).get(10, TimeUnit.SECONDS);
        assertThat(outcome.partlyPrinted()).isTrue();
        assertThat(outcome.problem()).contains("打印机缺纸");
        assertThat(printer.health().state()).isEqualTo(State.NOT_READY);
    }

    @Test
    void aPulledCableIsOfflineAndThePrinterComesBackWhenPluggedIn() throws Exception {
        emulator.unplug();
        PrintOutcome refused = printer.print(SampleReceipts.checklist()).get(10, TimeUnit.SECONDS);
        assertThat(refused.printed()).isFalse();
        assertThat(refused.partlyPrinted()).isFalse();
        assertThat(refused.problem()).contains("nothing was printed");
        assertThat(printer.health().state()).isEqualTo(State.OFFLINE);
        assertThat(printer.health().reason()).contains(emulator.hostPort());
        emulator.plugIn();
        // The emulator opens its end again within its reopen wait.
        PrintOutcome again = printer.print(SampleReceipts.checklist()).get(10, TimeUnit.SECONDS);
        for (int attempt = 1; attempt < 20 && !again.printed(); attempt++) {
            assertThat(again.partlyPrinted()).as("refused until the port is back: %s", again.problem()).isFalse();
            Thread.sleep(50);
            again = printer.print(SampleReceipts.checklist()).get(10, TimeUnit.SECONDS);
        }
        assertThat(again.printed()).as(String.valueOf(again.problem())).isTrue();
        assertThat(printer.health().state()).isEqualTo(State.READY);
    }
}
