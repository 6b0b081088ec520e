package com.hallkiosk.device.receipt.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.receipt.PrintOutcome;
import com.hallkiosk.device.receipt.Receipt;
import com.hallkiosk.device.receipt.SampleReceipts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The kiosk's preview printer: the driver on the in-memory emulator, each receipt out as a PNG before it is reported done. */
class EmulatedReceiptPrinterTest {
    @Test
    void printsAReceiptAsAPictureOf80mmPaperBeforeReportingItDone() throws Exception {
        List<byte[]> papers = new CopyOnWriteArrayList<>();
        try (EmulatedReceiptPrinter printer = EmulatedReceiptPrinter.start(EmulatedReceiptPrinter.GENERIC_80MM,
                SampleReceipts.font(), Clock.systemUTC(), papers::add)) {
            assertThat(printer.health().state()).isEqualTo(DeviceHealth.State.READY);
            PrintOutcome outcome = printer.print(SampleReceipts.checklist()).get(10, TimeUnit.SECONDS);
            assertThat(outcome).isEqualTo(PrintOutcome.DONE);
            assertThat(papers).hasSize(1);
            BufferedImage paper = ImageIO.read(new ByteArrayInputStream(papers.get(0)));
            assertThat(paper.getWidth()).isEqualTo(576);
            assertThat(ReferencePictures.ink(paper)).isBetween(0.03, 0.4);

            printer.print(new Receipt(List.of(Receipt.text("短")))).get(10, TimeUnit.SECONDS);
            BufferedImage shorter = ImageIO.read(new ByteArrayInputStream(papers.get(1)));
            assertThat(paper.getHeight()).as("long text wraps onto more lines").isGreaterThan(shorter.getHeight() * 3);
        }
    }

    @Test
    void withoutPaperNothingIsShownAndTheOutcomeSaysWhy() throws Exception {
        List<byte[]> papers = new CopyOnWriteArrayList<>();
        try (EmulatedReceiptPrinter printer = EmulatedReceiptPrinter.start(EmulatedReceiptPrinter.GENERIC_80MM,
                SampleReceipts.font(), Clock.systemUTC(), papers::add)) {
            printer.printer().runOutOfPaper();
            PrintOutcome outcome = printer.print(SampleReceipts.checklist()).get(10, TimeUnit.SECONDS);
            assertThat(outcome.printed()).isFalse();
            assertThat(outcome.problem()).contains("缺纸");
            assertThat(papers).isEmpty();
            assertThat(printer.health().canWork()).isFalse();
        }
    }
}
