package com.hallkiosk.device.receipt.emulator;

import com.hallkiosk.device.receipt.BitImage;
import com.hallkiosk.device.receipt.GlyphCells;
import com.hallkiosk.device.receipt.QrSymbol;
import java.awt.Graphics2D;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A strip of paper the emulated printer printed, the full width of the paper: kept as what was printed
 * (characters, pictures, a QR code, blank feed) and drawn into pixels only when a picture is asked for.
 */
sealed interface PaperBand {
    /** How far the strip moved the paper, in dots. */
    int height();

    void draw(Graphics2D g, int top, GlyphCells cells, int columnDots);

    /** The strip as text, for tests and the technician: characters as printed, other strips named. */
    String text();

    /** One character as printed: where, how large, and whether the printer's font had it (else a blank cell). */
    record Cell(int codePoint, int x, int widthScale, int heightScale, boolean bold, boolean printable) {
    }

    /** A printed line of characters, standing on a common baseline. */
    record TextLine(List<Cell> cells, int height) implements PaperBand {
        @Override
        public void draw(Graphics2D g, int top, GlyphCells glyphs, int columnDots) {
            int tallest = cells.stream().mapToInt(Cell::heightScale).max().orElse(1) * GlyphCells.CELL_HEIGHT;
            for (Cell cell : cells) {
                if (cell.printable()) {
                    int cellTop = top + tallest - cell.heightScale() * GlyphCells.CELL_HEIGHT;
                    glyphs.draw(g, cell.codePoint(), cell.x(), cellTop, columnDots, cell.widthScale(), cell.heightScale(),
                            cell.bold());
                }
            }
        }

        @Override
        public String text() {
            return cells.stream().map(cell -> cell.printable() ? new String(Character.toChars(cell.codePoint())) : "□")
                    .collect(Collectors.joining());
        }
    }

    /** A raster picture (GS v 0). */
    record Picture(BitImage image, int x) implements PaperBand {
        @Override
        public int height() {
            return image.height();
        }

        @Override
        public void draw(Graphics2D g, int top, GlyphCells glyphs, int columnDots) {
            for (int y = 0; y < image.height(); y++) {
                for (int dx = 0; dx < image.width(); dx++) {
                    if (image.dot(dx, y)) {
                        g.fillRect(x + dx, top + y, 1, 1);
                    }
                }
            }
        }

        @Override
        public String text() {
            return "[picture " + image.width() + "×" + image.height() + "]";
        }
    }

    /** A QR code the printer made itself (GS ( k). */
    record QrCode(byte[] data, QrSymbol symbol, int moduleDots, int x) implements PaperBand {
        @Override
        public int height() {
            return symbol.size() * moduleDots;
        }

        @Override
        public void draw(Graphics2D g, int top, GlyphCells glyphs, int columnDots) {
            for (int y = 0; y < symbol.size(); y++) {
                for (int dx = 0; dx < symbol.size(); dx++) {
                    if (symbol.dark(dx, y)) {
                        g.fillRect(x + dx * moduleDots, top + y * moduleDots, moduleDots, moduleDots);
                    }
                }
            }
        }

        @Override
        public String text() {
            return "[QR " + new String(data, StandardCharsets.UTF_8) + "]";
        }
    }

    /** Paper fed with nothing printed. */
    record Blank(int height) implements PaperBand {
        @Override
        public void draw(Graphics2D g, int top, GlyphCells glyphs, int columnDots) {
            // Nothing printed.
        }

        @Override
        public String text() {
            return "";
        }
    }
}
