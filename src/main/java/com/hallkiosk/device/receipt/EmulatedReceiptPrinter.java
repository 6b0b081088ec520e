package com.hallkiosk.device.receipt;

import com.hallkiosk.device.DeviceHealth;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * A receipt printer that prints on a picture: each job becomes a PNG of the paper as an 80 mm
 * thermal printer would produce it (576 dots wide, 24-dot text). It is the first implementation of
 * the port; the ESC/POS driver and its byte-level emulator replace it for real printers.
 */
public final class EmulatedReceiptPrinter implements ReceiptPrinter, AutoCloseable {
    public static final int PAPER_DOTS_80MM = 576;
    private static final float TEXT_SIZE = 24f;
    private static final int MARGIN = 8;
    private static final float LINE_SPACING = 1.25f;

    private final Font font;
    private final int paperDots;
    private final Consumer<byte[]> paperOut;
    private final DeviceHealth health;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "receipt-printer");
        thread.setDaemon(true);
        return thread;
    });

    /** {@code paperOut} receives each printed paper as a PNG, before the job is reported done. */
    public EmulatedReceiptPrinter(Font font, int paperDots, Clock clock, Consumer<byte[]> paperOut) {
        this.font = font.deriveFont(TEXT_SIZE);
        this.paperDots = paperDots;
        this.paperOut = paperOut;
        this.health = new DeviceHealth(DeviceHealth.State.READY, "emulated printer", clock.instant());
    }

    @Override
    public CompletableFuture<PrintOutcome> print(Receipt receipt) {
        return CompletableFuture.supplyAsync(() -> {
            paperOut.accept(render(receipt));
            return PrintOutcome.DONE;
        }, executor);
    }

    @Override
    public DeviceHealth health() {
        return health;
    }

    /** The paper the receipt comes out as, as a PNG. */
    public byte[] render(Receipt receipt) {
        FontRenderContext context = new FontRenderContext(null, true, true);
        List<Placed> placed = new ArrayList<>();
        float y = MARGIN;
        for (Receipt.Line line : receipt.lines()) {
            y = layOut(line, context, y, placed);
        }
        BufferedImage paper = new BufferedImage(paperDots, (int) Math.ceil(y) + MARGIN, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = paper.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, paper.getWidth(), paper.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (Placed p : placed) {
                p.draw(g);
            }
        } finally {
            g.dispose();
        }
        return png(paper);
    }

    /** A piece of the paper with its position, drawn once the paper's length is known. */
    private interface Placed {
        void draw(Graphics2D g);
    }

    private float layOut(Receipt.Line line, FontRenderContext context, float top, List<Placed> placed) {
        float lineHeight = TEXT_SIZE * LINE_SPACING;
        if (line instanceof Receipt.Divider) {
            float y = top + lineHeight / 2;
            placed.add(g -> {
                for (int x = MARGIN; x < paperDots - MARGIN; x += 12) {
                    g.drawLine(x, (int) y, x + 6, (int) y);
                }
            });
            return top + lineHeight;
        }
        if (line instanceof Receipt.Feed feed) {
            return top + lineHeight * feed.lines();
        }
        Receipt.Text text = (Receipt.Text) line;
        if (text.text().isEmpty()) {
            return top + lineHeight;
        }
        Font face = text.large() ? font.deriveFont(TEXT_SIZE * 2) : font;
        AttributedString styled = new AttributedString(text.text());
        styled.addAttribute(TextAttribute.FONT, text.bold() ? face.deriveFont(Font.BOLD) : face);
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), context);
        float y = top;
        float width = paperDots - 2f * MARGIN;
        while (measurer.getPosition() < text.text().length()) {
            TextLayout layout = measurer.nextLayout(width);
            float x = text.align() == Receipt.Align.CENTER ? (paperDots - layout.getAdvance()) / 2 : MARGIN;
            float baseline = y + layout.getAscent();
            placed.add(g -> layout.draw(g, x, baseline));
            y += (layout.getAscent() + layout.getDescent()) * LINE_SPACING;
        }
        return y;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
