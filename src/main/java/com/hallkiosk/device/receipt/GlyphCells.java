package com.hallkiosk.device.receipt;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.util.HashMap;
import java.util.Map;

/**
 * Sets characters the way a thermal printer's font does, drawn with the kiosk's font: each character
 * in a cell 24 dots high, one column wide (12 dots) for ASCII and two for everything else, scaled by
 * the print size; emphasis is the same character again one dot to the right, as printers strike it.
 * The emulator prints its text with it, and the driver draws the rows it rasterises with it, so a
 * picture of a line looks like the printer's own text.
 */
public final class GlyphCells {
    public static final int CELL_HEIGHT = 24;
    /** The printers' default line spacing is 30 dots: 24 of character and 6 between lines. */
    public static final int LINE_GAP = 6;
    /** Where the baseline sits in a cell: CJK faces put the ideographic em box 0.88 above it. */
    private static final double BASELINE = 0.88;

    private final Font base;
    private final FontRenderContext context = new FontRenderContext(null, true, true);
    private final Map<Integer, Font> sized = new HashMap<>();

    public GlyphCells(Font base) {
        this.base = base;
    }

    /** 1 for printable ASCII, 2 for every other character. */
    public static int columns(int codePoint) {
        return codePoint >= 0x20 && codePoint < 0x7F ? 1 : 2;
    }

    /** How far a line of characters {@code heightScale} times the normal height moves the paper. */
    public static int lineHeight(int heightScale) {
        return CELL_HEIGHT * heightScale + LINE_GAP;
    }

    public boolean canDraw(int codePoint) {
        return base.canDisplay(codePoint);
    }

    /**
     * Draws {@code codePoint} in its cell whose top left corner is ({@code x}, {@code top}); returns the
     * cell's width in dots.
     */
    public int draw(Graphics2D g, int codePoint, int x, int top, int columnDots, int widthScale, int heightScale,
                    boolean bold) {
        int cellWidth = columns(codePoint) * columnDots * widthScale;
        int cellHeight = CELL_HEIGHT * heightScale;
        Font font = sized.computeIfAbsent(cellHeight, size -> base.deriveFont((float) size));
        GlyphVector glyph = font.createGlyphVector(context, new String(Character.toChars(codePoint)));
        double advance = glyph.getGlyphMetrics(0).getAdvance();
        double stretch = (double) widthScale / heightScale;
        // A proportional Latin letter wider than its column (W, M) is narrowed to fit, as in a printer's font.
        double xScale = advance * stretch > cellWidth ? cellWidth / advance : stretch;
        double left = x + (cellWidth - advance * xScale) / 2;
        double baseline = top + cellHeight * BASELINE;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int strike = 0; strike < (bold ? 2 : 1); strike++) {
            AffineTransform place = AffineTransform.getTranslateInstance(left + strike * widthScale, baseline);
            place.scale(xScale, 1);
            g.fill(place.createTransformedShape(glyph.getOutline()));
        }
        return cellWidth;
    }
}
