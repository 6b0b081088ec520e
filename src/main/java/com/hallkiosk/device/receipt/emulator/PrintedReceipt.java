package com.hallkiosk.device.receipt.emulator;

import com.hallkiosk.device.receipt.GlyphCells;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

/**
 * A piece of paper out of the emulated printer: a receipt it cut off, or what it had printed when it
 * stopped (no paper left). Its picture is 1 dot a pixel, black or white as a thermal head prints,
 * the paper's width in dots wide; its text is each printed line as characters.
 */
public final class PrintedReceipt {
    private static final int DARK_BELOW = 128;

    private final List<PaperBand> bands;
    private final int paperDots;
    private final int columnDots;
    private final boolean cut;
    private final Supplier<Font> font;

    PrintedReceipt(List<PaperBand> bands, int paperDots, int columnDots, boolean cut, Supplier<Font> font) {
        this.bands = List.copyOf(bands);
        this.paperDots = paperDots;
        this.columnDots = columnDots;
        this.cut = cut;
        this.font = font;
    }

    /** True for a receipt the printer cut off; false for what came out before it stopped. */
    public boolean cut() {
        return cut;
    }

    /** The printed lines as text; pictures as {@code [picture W×H]}, QR codes as {@code [QR data]}, missing characters as □. */
    public List<String> lines() {
        return bands.stream().filter(band -> !(band instanceof PaperBand.Blank)).map(PaperBand::text).toList();
    }

    public int heightDots() {
        return bands.stream().mapToInt(PaperBand::height).sum();
    }

    /** The paper as printed, one pixel a dot. */
    public BufferedImage image() {
        BufferedImage gray = new BufferedImage(paperDots, Math.max(1, heightDots()), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, gray.getWidth(), gray.getHeight());
            g.setColor(Color.BLACK);
            GlyphCells glyphs = new GlyphCells(font.get());
            int top = 0;
            for (PaperBand band : bands) {
                band.draw(g, top, glyphs, columnDots);
                top += band.height();
            }
        } finally {
            g.dispose();
        }
        // A thermal dot is printed or not: the smoothed outlines are cut at half grey.
        BufferedImage dots = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < gray.getHeight(); y++) {
            for (int x = 0; x < gray.getWidth(); x++) {
                dots.setRGB(x, y, (gray.getRaster().getSample(x, y, 0) < DARK_BELOW) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return dots;
    }

    public byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
