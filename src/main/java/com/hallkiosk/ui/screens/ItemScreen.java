package com.hallkiosk.ui.screens;

import com.hallkiosk.catalog.model.Channel;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Material;
import com.hallkiosk.catalog.model.MaterialForm;
import com.hallkiosk.catalog.model.Office;
import com.hallkiosk.catalog.model.Prohibition;
import com.hallkiosk.catalog.model.Tolerance;
import com.hallkiosk.guide.ItemPage;
import com.hallkiosk.shell.Place;
import com.hallkiosk.ui.widgets.Blocks;
import com.hallkiosk.ui.widgets.ColumnPanel;
import com.hallkiosk.ui.widgets.TouchButton;
import com.hallkiosk.ui.widgets.TouchScrollPane;
import java.awt.BorderLayout;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JPanel;

/**
 * An item's guide page: where to do it when this kiosk cannot, what to bring (with the source and
 * original or copy), where and how long, offices and phones, tips, 注意事项, 违规禁办 and 容缺.
 * The checklist button stays in view below the scrolling text.
 */
public record ItemScreen(ItemPage page, ScreenContext context) implements Screen {

    @Override
    public String title() {
        return page.item().name();
    }

    @Override
    public String instruction() {
        return context.text("item.instruction");
    }

    @Override
    public JComponent body() {
        Item item = page.item();
        ColumnPanel column = new ColumnPanel();
        column.block(Blocks.banner("availability", context.text(switch (page.availability()) {
            case GUIDE_ONLY -> "item.guideOnly";
            case NOT_AT_THIS_KIOSK_YET -> "item.notHere";
            case AT_THIS_KIOSK -> "item.here";
        }), false));
        section(column, "item.channels", item.channels().stream().map(this::channel).toList());
        if (item.timeLimit() != null) {
            column.block(Blocks.text(context.text("item.timeLimit", item.timeLimit())));
        }
        section(column, "item.materials", numbered(item.materials().stream().map(this::material).toList()));
        optional(column, "item.conditions", item.conditions());
        section(column, "item.offices", page.offices().stream().map(ItemScreen::office).toList());
        if (!item.phones().isEmpty()) {
            column.block(Blocks.text(context.text("item.phones", String.join("、", item.phones()))));
        }
        optional(column, "item.tips", item.tips());
        optional(column, "item.enquiry", item.enquiry());
        optional(column, "item.consultation", item.consultation());
        section(column, "item.notes", numbered(item.notes()));
        section(column, "item.prohibitions", item.prohibitions().stream().map(ItemScreen::prohibition).toList());
        section(column, "item.tolerances", item.tolerances().stream().map(this::tolerance).toList());
        column.block(Blocks.small(context.text("item.reference", item.sourceRef().document(), item.number())));
        JPanel body = new JPanel(new BorderLayout());
        body.setOpaque(false);
        body.add(new TouchScrollPane(column), BorderLayout.CENTER);
        body.add(actions(), BorderLayout.SOUTH);
        return body;
    }

    private JComponent actions() {
        TouchButton print = new TouchButton("print-checklist", context.text("item.print"),
                () -> context.actions().printChecklist(page.item().id()));
        if (page.availability() != ItemPage.Availability.AT_THIS_KIOSK) {
            return Blocks.actionBar(print);
        }
        return Blocks.actionBar(new TouchButton("start-here", context.text("item.start"),
                () -> context.actions().open(new Place.SelfServiceChoice(page.item().id()))), print);
    }

    private void section(ColumnPanel column, String headingKey, List<String> lines) {
        Blocks.section(column, context.text(headingKey), lines);
    }

    private void optional(ColumnPanel column, String headingKey, String text) {
        if (text != null) {
            section(column, headingKey, List.of(text));
        }
    }

    private static List<String> numbered(List<String> lines) {
        return java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> (i + 1) + ". " + lines.get(i)).toList();
    }

    private String material(Material material) {
        StringBuilder text = new StringBuilder();
        if (material.group() != null) {
            text.append("【").append(material.group()).append("】");
        }
        text.append(material.name());
        if (material.form() != MaterialForm.UNSTATED) {
            text.append("（").append(context.text("form." + material.form().wireName())).append("）");
        }
        if (material.source() != null) {
            text.append("  ").append(context.text("item.source", material.source()));
        }
        if (material.note() != null) {
            text.append("  ").append(material.note());
        }
        return text.toString();
    }

    private String channel(Channel channel) {
        StringBuilder text = new StringBuilder();
        if (channel.label() != null) {
            text.append(channel.label()).append("：");
        }
        if (channel.where() != null) {
            text.append(channel.where());
        }
        if (channel.url() != null && (channel.where() == null || !channel.where().contains(channel.url()))) {
            text.append(" ").append(channel.url());
        }
        channel.steps().forEach(step -> text.append("\n").append(step));
        if (channel.timeLimit() != null) {
            text.append("\n").append(context.text("item.timeLimit", channel.timeLimit()));
        }
        if (channel.note() != null && channel.where() == null) {
            text.append(channel.note());
        }
        return text.toString();
    }

    private static String office(Office office) {
        StringBuilder text = new StringBuilder(office.name());
        if (office.address() != null) {
            text.append("\n").append(office.address());
        }
        if (!office.phones().isEmpty()) {
            text.append("\n").append(String.join("、", office.phones()));
        }
        return text.toString();
    }

    private static String prohibition(Prohibition prohibition) {
        return prohibition.group() + "：" + prohibition.situation();
    }

    private String tolerance(Tolerance tolerance) {
        return tolerance.material() + "\n" + context.text("item.tolerance",
                tolerance.how() == null ? "—" : tolerance.how(), tolerance.deadlineWorkingDays());
    }
}
