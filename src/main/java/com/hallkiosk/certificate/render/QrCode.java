package com.hallkiosk.certificate.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as vector squares (ZXing encodes, we draw): sharp at any printer resolution and a few
 * hundred bytes, where an image would be blurred or large. Level M survives a smudge or a fold.
 */
final class QrCode {
    /** The quiet zone the standard asks around the symbol, in modules; the layout keeps it clear. */
    static final int QUIET_ZONE = 4;

    private final ByteMatrix modules;

    private QrCode(ByteMatrix modules) {
        this.modules = modules;
    }

    static QrCode of(String text) {
        try {
            return new QrCode(Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    /**
     * Draws the symbol in black, {@code size} points square, its top left corner at ({@code x}, {@code top}),
     * leaving the stream's graphics state as it found it.
     */
    void draw(PDPageContentStream stream, float x, float top, float size) throws IOException {
        int count = modules.getWidth();
        float module = size / count;
        stream.saveGraphicsState();
        stream.setNonStrokingColor(0f);
        for (int row = 0; row < count; row++) {
            int column = 0;
            while (column < count) {
                if (modules.get(column, row) != 1) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < count && modules.get(column, row) == 1) {
                    column++;
                }
                stream.addRect(x + start * module, top - (row + 1) * module, (column - start) * module, module);
            }
        }
        stream.fill();
        stream.restoreGraphicsState();
    }
}
