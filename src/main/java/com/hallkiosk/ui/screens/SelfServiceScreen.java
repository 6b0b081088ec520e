package com.hallkiosk.ui.screens;

import com.hallkiosk.device.pinpad.KeypadKey;
import com.hallkiosk.items.Choice;
import com.hallkiosk.items.ItemStep;
import com.hallkiosk.shell.SelfServicePage;
import com.hallkiosk.ui.theme.KioskTheme;
import com.hallkiosk.ui.widgets.Blocks;
import com.hallkiosk.ui.widgets.CameraMirror;
import com.hallkiosk.ui.widgets.ColumnPanel;
import com.hallkiosk.ui.widgets.Paragraph;
import com.hallkiosk.ui.widgets.PinKeypad;
import com.hallkiosk.ui.widgets.ScaledPicture;
import com.hallkiosk.ui.widgets.TouchButton;
import com.hallkiosk.ui.widgets.TouchScrollPane;
import com.hallkiosk.ui.widgets.WordsThenActions;
import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.swing.BorderFactory;
import javax.swing.Box;
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

    /**
     * Beside a preview, the keypad or the camera's mirror, which take all the room there is, the buttons sit at the bottom; otherwise
     * right under the words.
     */
    @Override
    public JComponent body() {
        JPanel body = new JPanel(new BorderLayout());
        body.setName("self-service");
        body.setOpaque(false);
        TouchScrollPane text = new TouchScrollPane(words());
        JComponent choices = choices();
        Optional<JComponent> beside = preview().or(this::keypad).or(this::mirror);
        if (beside.isPresent()) {
            body.add(sideBySide(text, beside.get()), BorderLayout.CENTER);
            body.add(choices, BorderLayout.SOUTH);
        } else {
            body.setLayout(new WordsThenActions(text, choices));
            body.add(text);
            body.add(choices);
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
        // Filmed, the person stands back from the screen: the prompt's lines (the digits to read) are large.
        boolean filmed = step.stage() == ItemStep.Stage.FACE_CAPTURE;
        for (int i = 0; i < step.lines().size(); i++) {
            Paragraph line = filmed ? new Paragraph(step.lines().get(i), KioskTheme.font("Kiosk.headingFont"),
                    KioskTheme.color("Label.foreground")) : new Paragraph(step.lines().get(i));
            line.setName("line-" + i);
            column.block(line);
        }
        if (page.keypad().isPresent()) {
            column.block(Blocks.text(context.text("service.keypad")));
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
        return page.step().previewPng().flatMap(SelfServiceScreen::decode).map(image -> {
            JPanel panel = framed(new ScaledPicture("preview", image));
            panel.add(Blocks.label("preview-caption", context.text("service.preview"), "Kiosk.smallFont"),
                    BorderLayout.NORTH);
            return panel;
        });
    }

    private Optional<JComponent> keypad() {
        return page.keypad().map(layout -> framed(new PinKeypad(layout, this::functionLabel,
                key -> context.actions().pressKey(key))));
    }

    /** The camera's picture while the face is filmed, where the person sees whether their face fills the outline. */
    private Optional<JComponent> mirror() {
        return page.mirror().map(camera -> framed(new CameraMirror(camera)));
    }

    private String functionLabel(KeypadKey key) {
        return context.text("keypad." + key.kind().name().toLowerCase(Locale.ROOT));
    }

    private static JPanel framed(JComponent content) {
        int gap = KioskTheme.gap();
        JPanel panel = new JPanel(new BorderLayout(0, gap / 2));
        panel.setOpaque(false);
        panel.setBorder(BorderFactory.createEmptyBorder(gap, gap, gap, gap * 2));
        panel.add(content, BorderLayout.CENTER);
        return panel;
    }

    /**
     * The step's buttons in a grid, two to a row at most (one upright), wide enough for long words; a lone button
     * in landscape takes the middle third. A step with none (the central is acting) has nothing there.
     */
    private JComponent choices() {
        List<Choice> choices = page.step().choices();
        if (choices.isEmpty()) {
            return (JComponent) Box.createVerticalStrut(0);
        }
        int gap = KioskTheme.gap();
        boolean lone = choices.size() == 1 && !context.portrait();
        JPanel grid = new JPanel(new GridLayout(0, lone ? 3 : context.portrait() ? 1 : Math.max(1, Math.min(choices.size(), 2)),
                gap, gap / 2));
        grid.setName("choices");
        grid.setOpaque(false);
        grid.setBorder(BorderFactory.createEmptyBorder(gap / 2, gap * 2, gap, gap * 2));
        if (lone) {
            grid.add(Box.createHorizontalGlue());
        }
        for (Choice choice : choices) {
            TouchButton button = new TouchButton("choice-" + choice.key(), choice.label(),
                    () -> context.actions().tapped(page.itemId(), choice.key()));
            button.setFont(KioskTheme.font("Kiosk.headingFont"));
            grid.add(button);
        }
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
