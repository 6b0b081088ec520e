package com.hallkiosk.ui.screens;

import com.hallkiosk.guide.ChecklistPage;
import com.hallkiosk.ui.widgets.Blocks;
import com.hallkiosk.ui.widgets.ColumnPanel;
import com.hallkiosk.ui.widgets.TouchButton;
import com.hallkiosk.ui.widgets.TouchScrollPane;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.swing.ImageIcon;
import javax.swing.JComponent;
import javax.swing.JLabel;

/** Printing an item's checklist: what the printer is doing, in words, and the paper it produced. */
public record ChecklistScreen(ChecklistPage page, ScreenContext context) implements Screen {

    @Override
    public String title() {
        return context.text("checklist.title") + " · " + page.itemName();
    }

    @Override
    public String instruction() {
        return context.text("checklist.instruction");
    }

    @Override
    public JComponent body() {
        ColumnPanel column = new ColumnPanel();
        switch (page.status()) {
            case PRINTING -> column.block(Blocks.banner("print-status", context.text("checklist.printing"), false));
            case PRINTED -> column.block(Blocks.banner("print-status", context.text("checklist.printed"), false));
            case FAILED -> {
                column.block(Blocks.banner("print-status", context.text(
                        page.partlyPrinted() ? "checklist.incomplete" : "checklist.failed", page.problem()), true));
                column.block(printAgain());
            }
        }
        page.paper().ifPresent(png -> {
            column.block(Blocks.heading(context.text("checklist.paper")));
            column.block(paper(png));
        });
        return new TouchScrollPane(column);
    }

    private JComponent printAgain() {
        return Blocks.actionBar(new TouchButton("print-again", context.text("checklist.again"),
                () -> context.actions().printChecklist(page.itemId())));
    }

    private static JComponent paper(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            JLabel label = new JLabel(new ImageIcon(image));
            label.setName("paper");
            return label;
        } catch (IOException e) {
            return Blocks.text("—");
        }
    }
}
