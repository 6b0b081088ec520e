package com.hallkiosk.ui.screens;

import com.hallkiosk.device.pinpad.KeypadKey;
import com.hallkiosk.items.Choice;
import com.hallkiosk.items.ItemStep;
import com.hallkiosk.shell.SelfServicePage;
import com.hallkiosk.ui.theme.KioskTheme;
import com.hallkiosk.ui.widgets.Blocks;
import com.hallkiosk.ui.widgets.ColumnPanel;
import com.hallkiosk.ui.widgets.Paragraph;
import com.hallkiosk.ui.widgets.PinKeypad;
import com.hallkiosk.ui.widgets.ScaledPicture;
import com.hallkiosk.ui.widgets.TouchButton;
import com.hallkiosk.ui.widgets.TouchScrollPane;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * Any step of any self-service item: its title and instruction in the header; what went wrong (in words,
 * on a band that only repeats them in colour); the step's lines; the document's preview or the on-screen
 * keypad beside them; the step's buttons below, always in view. Back and Home only where the step allows
 * them. Every word of the step is the item's; only the screen's own words follow the visit's language.
 */
public record SelfServiceScreen(SelfServicePage page, ScreenContext context) implements Screen {

    @Override
    public String title() {
        return page.step().title();
    }

    @Override
    public String instruction() {
        return page.step().instruction();
    }

    @Override
    public boolean offersBack(boolean canGoBack) {
        return page.step().backAllowed();
    }

    @Override
    public boolean offersHome(boolean canGoBack) {
        return page.step().homeAllowed();
    }

    @Override
    public JComponent body() {
        JPanel body = new JPanel(new BorderLayout());
        body.setName("self-service");
        body.setOpaque(false);
        JComponent text = new TouchScrollPane(words());
        Optional<JComponent> beside = preview().or(this::keypad);
        body.add(beside.map(side -> sideBySide(text, side)).orElse(text), BorderLayout.CENTER);
        if (!page.step().choices().isEmpty()) {
            body.add(choices(), BorderLayout.SOUTH);
        }
        return body;
    }

    private ColumnPanel words() {
        ItemStep step = page.step();
        ColumnPanel column = new ColumnPanel();
        column.setName("step-" + step.stage().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (!step.title().equals(page.itemName())) {
            column.block(Blocks.small(page.itemName()));
        }
        if (!step.notice().isEmpty()) {
            column.block(Blocks.banner("notice", step.notice(), true));
        }
        for (int i = 0; i < step.lines().size(); i++) {
            Paragraph line = new Paragraph(step.lines().get(i));
            line.setName("line-" + i);
            column.block(line);
        }
        return column;
    }

    /** Beside the text in landscape, under it upright, each taking half. */
    private JComponent sideBySide(JComponent text, JComponent side) {
        JPanel both = new JPanel(new GridLayout(context.portrait() ? 2 : 1, context.portrait() ? 1 : 2,
                KioskTheme.gap(), KioskTheme.gap()));
        both.setOpaque(false);
        both.add(text);
        both.add(side);
        return both;
    }

    private Optional<JComponent> preview() {
        return page.step().previewPng().flatMap(SelfServiceScreen::decode).map(image -> titled("service.preview",
                new ScaledPicture("preview", image)));
    }

    private Optional<JComponent> keypad() {
        return page.keypad().map(layout -> titled("service.keypad", new PinKeypad(layout, this::functionLabel,
                key -> context.actions().pressKey(key))));
    }

    private String functionLabel(KeypadKey key) {
        return context.text("keypad." + key.kind().name().toLowerCase(Locale.ROOT));
    }

    private JComponent titled(String captionKey, JComponent content) {
        int gap = KioskTheme.gap();
        JPanel panel = new JPanel(new BorderLayout(0, gap / 2));
        panel.setOpaque(false);
        panel.setBorder(BorderFactory.createEmptyBorder(gap, gap, gap, gap * 2));
        panel.add(Blocks.small(context.text(captionKey)), BorderLayout.NORTH);
        panel.add(content, BorderLayout.CENTER);
        return panel;
    }

    /** The step's buttons in a grid, two to a row at most (one upright), wide enough for long words. */
    private JComponent choices() {
        int count = page.step().choices().size();
        int gap = KioskTheme.gap();
        JPanel grid = new JPanel(new GridLayout(0, context.portrait() ? 1 : Math.min(count, 2), gap, gap / 2));
        grid.setName("choices");
        grid.setOpaque(false);
        grid.setBorder(BorderFactory.createEmptyBorder(gap / 2, gap * 2, gap, gap * 2));
        for (Choice choice : page.step().choices()) {
            TouchButton button = new TouchButton("choice-" + choice.key(), choice.label(),
                    () -> context.actions().tapped(page.itemId(), choice.key()));
            button.setFont(KioskTheme.font("Kiosk.headingFont"));
            grid.add(button);
        }
        grid.setMaximumSize(new Dimension(Integer.MAX_VALUE, grid.getPreferredSize().height));
        return grid;
    }

    /** PNG bytes as an image, here on the event thread (a preview is one page, decoded in milliseconds). */
    private static Optional<BufferedImage> decode(byte[] png) {
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(png)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
