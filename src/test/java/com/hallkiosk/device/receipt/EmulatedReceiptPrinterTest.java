package com.hallkiosk.device.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.fonts.KioskFonts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class EmulatedReceiptPrinterTest {
    @Test
    void printsAReceiptAsAPictureOf80mmPaperWithInkOnIt() throws Exception {
        AtomicReference<byte[]> paper = new AtomicReference<>();
        try (EmulatedReceiptPrinter printer = new EmulatedReceiptPrinter(KioskFonts.load().sized(24f),
                EmulatedReceiptPrinter.PAPER_DOTS_80MM, Clock.systemUTC(), paper::set)) {
            Receipt receipt = new Receipt(List.of(Receipt.heading("办事清单"), new Receipt.Divider(),
                    Receipt.text("1. 持卡人应当持有效身份证件，这一行足够长，需要在纸的宽度上折成好几行才能打完")));
            assertThat(printer.print(receipt).get()).isEqualTo(PrintOutcome.DONE);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(paper.get()));
            assertThat(image.getWidth()).isEqualTo(576);
            assertThat(darkShare(image)).as("share of dark pixels").isBetween(0.01, 0.5);
            BufferedImage shorter = ImageIO.read(new ByteArrayInputStream(printer.render(new Receipt(List.of(
                    Receipt.text("短"))))));
            assertThat(image.getHeight()).as("long text wraps onto more lines").isGreaterThan(shorter.getHeight() * 3);
        }
    }

    private static double darkShare(BufferedImage image) throws IOException {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return (double) dark / (image.getWidth() * (long) image.getHeight());
    }
}
