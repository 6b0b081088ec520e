package com.hallkiosk.device.receipt.emulator;

import static com.hallkiosk.device.receipt.EscPos.DLE;
import static com.hallkiosk.device.receipt.EscPos.ESC;
import static com.hallkiosk.device.receipt.EscPos.FS;
import static com.hallkiosk.device.receipt.EscPos.GS;
import static com.hallkiosk.device.receipt.EscPos.LF;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.hallkiosk.device.receipt.BitImage;
import com.hallkiosk.device.receipt.GlyphCells;
import com.hallkiosk.device.receipt.PrinterModel;
import com.hallkiosk.device.receipt.QrSymbol;
import com.hallkiosk.device.receipt.Receipt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Reads an ESC/POS stream a byte at a time, as a printer does, and prints it on {@link ThermalPaper}:
 * text in Chinese mode as GB18030 codes of 1, 2 or 4 bytes, the print modes, feeds, pictures (GS v 0),
 * QR codes (GS ( k), cuts, and GS r answered. Commands it does not know are counted and passed over
 * (as 2 bytes: their length cannot be known), so that a test sees any the driver should not send. The
 * real-time commands (DLE EOT) are answered where the bytes arrive, before this; here they are passed over.
 */
final class EscPosInterpreter {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int EOT = 0x04;
    private static final int ENQ = 0x05;
    private static final int DC4 = 0x14;
    private static final int DEFAULT_LINE_SPACING = GlyphCells.lineHeight(1);
    private static final int MAX_SCALE = 8;
    private static final int QR_DEFAULT_MODULE = 3;
    /** GS ( k function 169 levels, from 48. */
    private static final ErrorCorrectionLevel[] QR_LEVELS = {
        ErrorCorrectionLevel.L, ErrorCorrectionLevel.M, ErrorCorrectionLevel.Q, ErrorCorrectionLevel.H};

    private final PrinterModel model;
    private final ThermalPaper paper;
    private final ByteArrayOutputStream command = new ByteArrayOutputStream();
    /** The length of the command being read, once its first bytes told it; 0 before. */
    private int commandLength;
    private final byte[] character = new byte[4];
    private int characterLength;
    private int unknownCommands;
    private int unprintable;

    // The print modes, as ESC @ leaves them.
    private Receipt.Align align;
    private boolean bold;
    private int widthScale;
    private int heightScale;
    private int lineSpacing;
    private boolean chinese;
    private int qrModule;
    private ErrorCorrectionLevel qrLevel;
    private byte[] qrData;

    EscPosInterpreter(PrinterModel model, ThermalPaper paper) {
        this.model = model;
        this.paper = paper;
        reset();
    }

    /** ESC @, and what a printer that stopped starts again from: modes as at power-on, nothing half read. */
    void reset() {
        command.reset();
        commandLength = 0;
        characterLength = 0;
        align = Receipt.Align.LEFT;
        bold = false;
        widthScale = 1;
        heightScale = 1;
        lineSpacing = DEFAULT_LINE_SPACING;
        // Chinese printers power on in Chinese mode (protocols §4.1, SP91).
        chinese = true;
        qrModule = QR_DEFAULT_MODULE;
        qrLevel = ErrorCorrectionLevel.L;
        qrData = new byte[0];
    }

    int unknownCommands() {
        return unknownCommands;
    }

    /** Characters that came as codes the model's font does not have, or as no valid code at all. */
    int unprintable() {
        return unprintable;
    }

    /** Takes one byte; what the printer answers (GS r) goes to {@code answers}. */
    void accept(int b, ByteArrayOutputStream answers) {
        if (command.size() > 0) {
            command.write(b);
            if (commandLength == 0) {
                commandLength = commandLength(command.toByteArray());
            }
            if (commandLength > 0 && command.size() >= commandLength) {
                byte[] whole = command.toByteArray();
                command.reset();
                commandLength = 0;
                execute(whole, answers);
            }
        } else if (characterLength > 0) {
            continueCharacter(b, answers);
        } else if (b == ESC || b == FS || b == GS || b == DLE) {
            command.write(b);
        } else if (b == LF) {
            paper.lineFeed(lineSpacing);
        } else if (b < 0x20 || b == 0x7F) {
            // CR and the other control bytes print nothing.
            return;
        } else if (chinese && b >= 0x81 && b <= 0xFE) {
            character[0] = (byte) b;
            characterLength = 1;
        } else if (b < 0x80) {
            print(b, true);
        } else {
            print('?', false);
        }
    }

    /** A GB18030 code: a lead byte, then one more byte, or 0x30–0x39 and two more (4 in all). */
    private void continueCharacter(int b, ByteArrayOutputStream answers) {
        character[characterLength++] = (byte) b;
        boolean fourBytes = (character[1] & 0xFF) >= 0x30 && (character[1] & 0xFF) <= 0x39;
        if (characterLength == 2 && !fourBytes && (b < 0x40 || b == 0x7F || b == 0xFF)) {
            characterLength = 0;
            print('?', false);
            accept(b, answers);
            return;
        }
        if (characterLength < (fourBytes ? 4 : 2)) {
            return;
        }
        String decoded = new String(character, 0, characterLength, GB18030);
        characterLength = 0;
        int codePoint = decoded.codePointAt(0);
        print(codePoint, codePoint != 0xFFFD && model.characters().prints(codePoint));
    }

    private void print(int codePoint, boolean printable) {
        if (!printable) {
            unprintable++;
        }
        paper.character(codePoint, printable, align, widthScale, heightScale, bold, lineSpacing);
    }

    /** The whole command's length once its first bytes say it, else 0 (more bytes needed). */
    private static int commandLength(byte[] bytes) {
        if (bytes.length < 2) {
            return 0;
        }
        int first = bytes[0];
        int second = bytes[1] & 0xFF;
        if (first == ESC) {
            return "adEJ3!-MtRG".indexOf(second) >= 0 ? 3 : 2;
        }
        if (first == FS) {
            return "!W-".indexOf(second) >= 0 ? 3 : 2;
        }
        if (first == DLE) {
            return second == EOT || second == ENQ ? 3 : second == DC4 ? 5 : 2;
        }
        return switch (second) {
            case '!', 'r', 'B', 'H', 'f', 'h', 'w' -> 3;
            case 'L', 'W' -> 4;
            case 'V' -> bytes.length < 3 ? 0 : (bytes[2] == 65 || bytes[2] == 66) ? 4 : 3;
            case 'v' -> bytes.length < 8 ? 0 : 8 + word(bytes, 4) * word(bytes, 6);
            case '(' -> bytes.length < 5 ? 0 : 5 + word(bytes, 3);
            default -> 2;
        };
    }

    private static int word(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private void execute(byte[] c, ByteArrayOutputStream answers) {
        int n = c.length > 2 ? c[2] & 0xFF : 0;
        boolean known = switch (c[0]) {
            case ESC -> escape(c[1], n);
            case FS -> fileSeparator(c[1], n);
            case GS -> groupSeparator(c, n, answers);
            default -> c[1] == EOT || c[1] == ENQ || c[1] == DC4;
        };
        if (!known) {
            unknownCommands++;
        }
    }

    private boolean escape(int command, int n) {
        switch (command) {
            case '@' -> reset();
            case 'a' -> align = Receipt.Align.values()[Math.min(2, n >= '0' ? n - '0' : n)];
            case 'E' -> bold = (n & 1) == 1;
            case '!' -> {
                bold = (n & 0x08) != 0;
                heightScale = (n & 0x10) != 0 ? 2 : 1;
                widthScale = (n & 0x20) != 0 ? 2 : 1;
            }
            case 'd' -> paper.feed(n * lineSpacing, lineSpacing);
            case 'J' -> paper.feed(n, lineSpacing);
            case '2' -> lineSpacing = DEFAULT_LINE_SPACING;
            case '3' -> lineSpacing = n;
            case '-', 'M', 't', 'R', 'G' -> {
                // Underline, font, code table, international set, double strike: not rendered.
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean fileSeparator(int command, int n) {
        switch (command) {
            case '&' -> chinese = true;
            case '.' -> chinese = false;
            case '!' -> {
                widthScale = (n & 0x04) != 0 ? 2 : 1;
                heightScale = (n & 0x08) != 0 ? 2 : 1;
            }
            case 'W' -> {
                widthScale = (n & 1) + 1;
                heightScale = (n & 1) + 1;
            }
            case '-' -> {
                // Underline: not rendered.
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean groupSeparator(byte[] c, int n, ByteArrayOutputStream answers) {
        switch (c[1]) {
            case '!' -> {
                widthScale = Math.min(MAX_SCALE, (n >> 4 & 7) + 1);
                heightScale = Math.min(MAX_SCALE, (n & 7) + 1);
            }
            case 'V' -> paper.cut(c.length == 4 ? c[3] & 0xFF : 0, lineSpacing);
            case 'v' -> picture(c);
            case '(' -> {
                if (c[2] == 'k') {
                    qrFunction(c);
                }
            }
            // Paper present (00), as Chinese printers answer GS r 1 (protocols §4.3); drawer closed for n = 2.
            case 'r' -> answers.write(0x00);
            case 'B', 'H', 'f', 'h', 'w', 'L', 'W' -> {
                // Reverse, barcode settings, margins and width: not rendered.
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** GS v 0 m xL xH yL yH d1…dk: xL + xH × 256 bytes a row, yL + yH × 256 rows. */
    private void picture(byte[] c) {
        int widthBytes = word(c, 4);
        int height = word(c, 6);
        if (widthBytes == 0 || height == 0) {
            return;
        }
        paper.picture(new BitImage(widthBytes * 8, height, Arrays.copyOfRange(c, 8, c.length)), align, lineSpacing);
    }

    /** GS ( k pL pH cn fn …: cn 49 is a QR code; functions 167 size, 169 level, 180 store, 181 print. */
    private void qrFunction(byte[] c) {
        if (c.length < 7 || c[5] != '1') {
            return;
        }
        switch (c[6]) {
            case 'C' -> qrModule = Math.max(1, Math.min(16, c[7]));
            case 'E' -> qrLevel = QR_LEVELS[Math.max(0, Math.min(3, c[7] - '0'))];
            case 'P' -> qrData = Arrays.copyOfRange(c, 8, c.length);
            case 'Q' -> {
                if (qrData.length > 0) {
                    paper.qrCode(qrData, QrSymbol.of(qrData, qrLevel), qrModule, align, lineSpacing);
                }
            }
            default -> {
                // Model (65) and the rest: model 2 is the only one drawn.
            }
        }
    }
}
