package com.hallkiosk.device.receipt;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code's modules for raw bytes, model 2, as a printer's GS ( k makes them: the bytes are carried
 * as they are (8-bit byte mode), so that what a phone reads is what was sent.
 */
public final class QrSymbol {
    private final ByteMatrix matrix;

    private QrSymbol(ByteMatrix matrix) {
        this.matrix = matrix;
    }

    public static QrSymbol of(byte[] data, ErrorCorrectionLevel level) {
        try {
            // ISO-8859-1 maps each byte to one character and back, so the symbol holds exactly these bytes.
            String content = new String(data, StandardCharsets.ISO_8859_1);
            return new QrSymbol(Encoder.encode(content, level,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.ISO_8859_1.name())).getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code holds these " + data.length + " bytes: " + e.getMessage(), e);
        }
    }

    /** Modules on a side. */
    public int size() {
        return matrix.getWidth();
    }

    public boolean dark(int x, int y) {
        return matrix.get(x, y) == 1;
    }
}
