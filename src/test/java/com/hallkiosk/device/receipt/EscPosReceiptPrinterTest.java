package com.hallkiosk.device.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth.State;
import com.hallkiosk.device.receipt.emulator.PrintedReceipt;
import com.hallkiosk.device.receipt.emulator.ReceiptPrinterEmulator;
import com.hallkiosk.device.receipt.emulator.VirtualReceiptPrinter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The driver against the emulated printer on its in-memory line (the same driver code as on a pty, see
 * {@link EscPosReceiptPrinterOverPtyTest}): a receipt printed and reported so only after the status
 * after it; every fault with a clear message, nothing reported printed that was not, and a reprint.
 */
class EscPosReceiptPrinterTest {
    private static final int BAUD = 115200;
    private static final Duration STATUS_TIMEOUT = Duration.ofMillis(500);

    private ReceiptPrinterEmulator emulator;
    private EscPosReceiptPrinter printer;

    private VirtualReceiptPrinter start(PrinterModel model, int baud) throws Exception {
        return start(model, baud, ReceiptPrinterSettings.DEFAULT_HEALTH_POLL);
    }

    private VirtualReceiptPrinter start(PrinterModel model, int baud, Duration healthPoll) throws Exception {
        emulator = ReceiptPrinterEmulator.inMemory(model, baud, SampleReceipts.fontSupplier());
        printer = new EscPosReceiptPrinter(new ReceiptPrinterSettings(emulator.hostPort(), baud, model, STATUS_TIMEOUT,
                healthPoll),
                emulator.connector(), new RowRasteriser(SampleReceipts.fontSupplier()), Clock.systemUTC());
        printer.open().get(5, TimeUnit.SECONDS);
        assertThat(printer.health().state()).isEqualTo(State.NOT_READY);
        printer.enable().get(5, TimeUnit.SECONDS);
        assertThat(printer.health().state()).isEqualTo(State.READY);
        return emulator.printer();
    }

    private VirtualReceiptPrinter start() throws Exception {
        return start(SampleReceipts.GENERIC_80MM, BAUD);
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

    private PrintOutcome print(Receipt receipt) throws Exception {
        return printer.print(receipt).get(30, TimeUnit.SECONDS);
    }

    @Test
    void aReceiptComesOutCutAndIsReportedPrintedWithItsFallbacks() throws Exception {
        VirtualReceiptPrinter virtual = start();
        PrintOutcome outcome = print(SampleReceipts.selfTest(SampleReceipts.GENERIC_80MM));
        assertThat(outcome.printed()).isTrue();
        assertThat(outcome.problem()).isNull();
        assertThat(outcome.fallbacks()).extracting(CharacterFallback::kind).containsExactly(
                CharacterFallback.Kind.EQUIVALENT, CharacterFallback.Kind.RASTERISED, CharacterFallback.Kind.REPLACED);
        assertThat(virtual.printed()).hasSize(1);
        PrintedReceipt paper = virtual.printed().get(0);
        assertThat(paper.cut()).isTrue();
        assertThat(paper.lines()).contains("打印测试", "金额 Amount：￥12.50", "[picture 216×30]",
                "[QR hall-kiosk receipt test generic-80mm]");
        assertThat(virtual.unknownCommands()).isZero();
        assertThat(virtual.unprintableCharacters()).isZero();
        assertThat(printer.health().state()).isEqualTo(State.READY);
    }

    @Test
    void aPrinterOutOfPaperGetsNoJobAndSaysSo() throws Exception {
        VirtualReceiptPrinter virtual = start();
        virtual.runOutOfPaper();
        long before = virtual.bytesReceived();
        PrintOutcome outcome = print(SampleReceipts.checklist());
        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.partlyPrinted()).isFalse();
        assertThat(outcome.problem()).isEqualTo("未打印 not printed: 打印机缺纸 the printer is out of paper"
                + " — load a new paper roll, then print again");
        assertThat(virtual.bytesReceived() - before).as("only DLE EOT 1–4 was sent").isEqualTo(PrinterStatus.query().length);
        assertThat(virtual.printed()).isEmpty();
        assertThat(printer.health().state()).isEqualTo(State.NOT_READY);
        assertThat(printer.health().reason()).contains("out of paper");

        virtual.loadPaper();
        assertThat(print(SampleReceipts.checklist()).printed()).as("the reprint").isTrue();
        assertThat(printer.health().state()).isEqualTo(State.READY);
    }

    @Test
    void paperRunningOutMidJobIsNoticedAndTheReceiptReportedIncomplete() throws Exception {
        VirtualReceiptPrinter virtual = start();
        virtual.runOutOfPaperAfter(200);
        PrintOutcome outcome = print(SampleReceipts.checklist());
        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.partlyPrinted()).isTrue();
        assertThat(outcome.problem()).startsWith("打印中断 printing stopped: 打印机缺纸").contains("incomplete", "print again");
        assertThat(virtual.printed()).hasSize(1);
        assertThat(virtual.printed().get(0).cut()).as("what came out before the paper ended").isFalse();
        assertThat(virtual.printed().get(0).lines()).startsWith("办事清单");
        assertThat(printer.health().state()).isEqualTo(State.NOT_READY);

        virtual.loadPaper();
        assertThat(print(SampleReceipts.checklist()).printed()).isTrue();
        assertThat(virtual.printed()).hasSize(2);
        assertThat(virtual.printed().get(1).cut()).isTrue();
    }

    @Test
    void anOpenCoverAnOfflinePrinterAndAJammedCutterEachSayWhatToDo() throws Exception {
        VirtualReceiptPrinter virtual = start();
        virtual.openCover();
        assertThat(print(SampleReceipts.checklist()).problem()).contains("cover is open", "close the printer's cover");
        assertThatThrownBy(() -> printer.enable().join()).hasCauseInstanceOf(DeviceException.class)
                .cause().hasMessageContaining("cover");
        virtual.closeCover();
        virtual.goOffline();
        assertThat(print(SampleReceipts.checklist()).problem()).contains("the printer is offline");
        virtual.goOnline();
        virtual.jamCutter();
        PrintOutcome jammed = print(SampleReceipts.checklist());
        assertThat(jammed.partlyPrinted()).isTrue();
        assertThat(jammed.problem()).contains("cutter is jammed", "clear the cutter");
        assertThat(virtual.printed()).noneMatch(PrintedReceipt::cut);
        virtual.clearCutter();
        assertThat(print(SampleReceipts.checklist()).printed()).isTrue();
    }

    @Test
    void paperNearItsEndPrintsWithAWarning() throws Exception {
        VirtualReceiptPrinter virtual = start();
        virtual.paperNearEnd();
        assertThat(print(SampleReceipts.checklist()).printed()).isTrue();
        assertThat(printer.health().state()).isEqualTo(State.WARNING);
        assertThat(printer.health().reason()).contains("纸将用完");
    }

    @Test
    void anUnpluggedPrinterFailsOfflineSayingNothingWasPrintedAndWorksOncePluggedIn() throws Exception {
        VirtualReceiptPrinter virtual = start();
        emulator.unplug();
        PrintOutcome outcome = printer.print(SampleReceipts.checklist()).get(5, TimeUnit.SECONDS);
        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.partlyPrinted()).isFalse();
        assertThat(outcome.problem()).contains("unplugged").contains("nothing was printed: print it again");
        assertThat(printer.health().state()).isEqualTo(State.OFFLINE);
        assertThat(virtual.printed()).isEmpty();

        emulator.plugIn();
        assertThat(print(SampleReceipts.checklist()).printed()).isTrue();
        assertThat(printer.health().state()).isEqualTo(State.READY);
    }

    @Test
    void unpluggedMidJobTheReceiptIsSaidToBeMaybeIncomplete() throws Exception {
        // 58 mm at 9600 baud: the self-test receipt takes about five seconds on the line.
        start(SampleReceipts.GENERIC_58MM, 9600);
        CompletableFuture<PrintOutcome> job = printer.print(SampleReceipts.selfTest(SampleReceipts.GENERIC_58MM));
        Thread.sleep(500);
        emulator.unplug();
        PrintOutcome outcome = job.get(5, TimeUnit.SECONDS);
        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.partlyPrinted()).isTrue();
        assertThat(outcome.problem()).contains("the receipt may be incomplete: print it again");
        assertThat(printer.health().state()).isEqualTo(State.OFFLINE);
        assertThat(emulator.printer().printed()).isEmpty();
    }

    @Test
    void aPrinterThatDoesNotAnswerTimesOutWithinItsStatusTimeout() throws Exception {
        VirtualReceiptPrinter virtual = start();
        virtual.switchOff();
        long start = System.nanoTime();
        PrintOutcome outcome = printer.print(SampleReceipts.checklist()).get(5, TimeUnit.SECONDS);
        assertThat(outcome.printed()).isFalse();
        assertThat(outcome.partlyPrinted()).isFalse();
        assertThat(outcome.problem()).contains("no answer from the printer").contains("nothing was printed");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(STATUS_TIMEOUT.multipliedBy(3));
        assertThat(printer.health().state()).isEqualTo(State.NOT_READY);
        virtual.switchOn();
        assertThat(print(SampleReceipts.checklist()).printed()).isTrue();
    }

    @Test
    void aClosedPrinterRefusesAndCanBeOpenedAgain() throws Exception {
        start();
        printer.close();
        assertThat(printer.health().state()).isEqualTo(State.OFFLINE);
        PrintOutcome refused = printer.print(SampleReceipts.checklist()).get(5, TimeUnit.SECONDS);
        assertThat(refused.printed()).isFalse();
        assertThat(refused.partlyPrinted()).isFalse();
        assertThat(refused.problem()).contains("closed").contains("nothing was printed");
        printer.open().get(5, TimeUnit.SECONDS);
        assertThat(print(SampleReceipts.checklist()).printed()).isTrue();
    }

    @Test
    void theHealthFollowsAnIdlePrinterThroughItsStatusWatch() throws Exception {
        VirtualReceiptPrinter virtual = start(SampleReceipts.GENERIC_80MM, BAUD, Duration.ofMillis(100));
        List<State> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        printer.onHealthChange(health -> seen.add(health.state()));
        virtual.runOutOfPaper();
        awaitHealth(State.NOT_READY);
        assertThat(printer.health().reason()).contains("缺纸");
        virtual.loadPaper();
        awaitHealth(State.READY);
        assertThat(seen).containsSubsequence(State.NOT_READY, State.READY);
        assertThat(virtual.printed()).as("a status read prints nothing").isEmpty();
    }

    private void awaitHealth(State wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (printer.health().state() != wanted && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(printer.health().state()).isEqualTo(wanted);
    }
}
