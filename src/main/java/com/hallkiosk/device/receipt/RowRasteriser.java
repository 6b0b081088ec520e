package com.hallkiosk.device.receipt;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;

/**
 * Draws a row of text as a picture, for rows with characters the printer's font lacks: set as the
 * printer sets text ({@link GlyphCells}), as wide as the row (the printer aligns it, ESC a) and as tall
 * as a printed line. The kiosk's font is loaded on the first row drawn, so receipts the printer can set
 * itself never load it.
 */
public final class RowRasteriser {
    private final Supplier<Font> font;
    private GlyphCells cells;

    public RowRasteriser(Supplier<Font> font) {
        this.font = font;
    }

    public boolean canDraw(int codePoint) {
        return cells().canDraw(codePoint);
    }

    /** The row's code points drawn at {@code scale} (1, or 2 for double size) in the columns of {@code model}. */
    public BitImage draw(List<Integer> codePoints, boolean bold, int scale, PrinterModel model) {
        int columnDots = model.columnDots();
        int width = codePoints.stream().mapToInt(c -> GlyphCells.columns(c) * columnDots * scale).sum();
        // Whole bytes: GS v 0 sends rows of bytes, and a width that is not a multiple of 8 may print slower.
        BufferedImage row = new BufferedImage(Math.max(8, (width + 7) / 8 * 8), GlyphCells.lineHeight(scale),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = row.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, row.getWidth(), row.getHeight());
            g.setColor(Color.BLACK);
            int x = 0;
            for (int codePoint : codePoints) {
                x += cells().draw(g, codePoint, x, 0, columnDots, scale, scale, bold);
            }
        } finally {
            g.dispose();
        }
        return BitImage.of(row);
    }

    private synchronized GlyphCells cells() {
        if (cells == null) {
            cells = new GlyphCells(font.get());
        }
        return cells;
    }
}
