package com.hallkiosk.device.receipt.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.device.receipt.ReceiptReferences;
import com.hallkiosk.device.receipt.SampleReceipts;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * What the emulated printer prints for the sample receipts, against reference pictures in
 * {@code src/test/resources/receipt/render} (written by ReceiptReferences, looked at by a person): the
 * paper's width in dots, the same length, and few dots different: at most {@value #TOLERANCE} of the
 * whole and {@value #TILE_TOLERANCE} of any {@value #TILE}-dot square (font rasterising may move a few
 * dots on a glyph's edge between Java versions; a changed character moves many in its square).
 */
class ReceiptRenderTest {
    private static final double TOLERANCE = 0.005;
    private static final int TILE = 16;
    private static final double TILE_TOLERANCE = 0.08;

    @Test
    void theSamplesPrintAsTheirReferencePictures() throws Exception {
        for (SampleReceipts.Sample sample : SampleReceipts.rendered()) {
            BufferedImage printed = ReceiptReferences.printed(sample).image();
            BufferedImage reference = ImageIO.read(Path.of("src/test/resources/receipt/render", sample.name() + ".png").toFile());
            assertThat(printed.getWidth()).as(sample.name()).isEqualTo(sample.model().paperDots()).isEqualTo(reference.getWidth());
            assertThat(printed.getHeight()).as(sample.name()).isEqualTo(reference.getHeight());
            assertThat(ReferencePictures.difference(printed, reference)).as(sample.name() + ": share of dots that differ")
                    .isLessThanOrEqualTo(TOLERANCE);
            assertThat(ReferencePictures.worstTile(printed, reference, TILE)).as(sample.name() + ": worst square")
                    .isLessThanOrEqualTo(TILE_TOLERANCE);
            assertThat(ReferencePictures.ink(printed)).as(sample.name() + ": ink").isBetween(0.03, 0.4);
        }
    }

    @Test
    void theSelfTestsQrCodeReadsBackOnBothPapers() throws Exception {
        for (SampleReceipts.Sample sample : SampleReceipts.rendered()) {
            if (sample.name().startsWith("selftest")) {
                assertThat(ReferencePictures.qrText(ReceiptReferences.printed(sample).image()))
                        .isEqualTo("hall-kiosk receipt test " + sample.model().model());
            }
        }
    }
}
