package com.hallkiosk.guide;

import com.hallkiosk.catalog.model.Channel;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Material;
import com.hallkiosk.catalog.model.MaterialForm;
import com.hallkiosk.device.receipt.Receipt;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** An item's checklist (办事清单) as a receipt: what to bring, where to go, whom to call. */
public final class ChecklistReceipt {
    private static final DateTimeFormatter PRINTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ChecklistReceipt() {
    }

    public static Receipt of(Item item, String regionName, String kioskId, Instant printedAt, ZoneId zone) {
        List<Receipt.Line> lines = new ArrayList<>();
        lines.add(Receipt.heading("办事清单"));
        lines.add(new Receipt.Text(item.name(), Receipt.Align.CENTER, true, false));
        lines.add(new Receipt.Divider());
        lines.add(new Receipt.Text("需要带的材料", Receipt.Align.LEFT, true, false));
        if (item.materials().isEmpty()) {
            lines.add(Receipt.text("指南未列出材料"));
        }
        for (int i = 0; i < item.materials().size(); i++) {
            lines.add(Receipt.text((i + 1) + ". " + material(item.materials().get(i))));
        }
        lines.add(new Receipt.Divider());
        lines.add(new Receipt.Text("在哪里办", Receipt.Align.LEFT, true, false));
        for (Channel channel : item.channels()) {
            lines.add(Receipt.text("· " + channel(channel)));
        }
        if (item.timeLimit() != null) {
            lines.add(Receipt.text("办理时限：" + item.timeLimit()));
        }
        if (!item.phones().isEmpty()) {
            lines.add(Receipt.text("咨询电话：" + String.join("、", item.phones())));
        }
        lines.add(new Receipt.Divider());
        lines.add(Receipt.text(regionName + " · 事项 " + item.number()));
        lines.add(Receipt.text("打印时间 " + PRINTED_AT.format(printedAt.atZone(zone)) + " · 终端 " + kioskId));
        lines.add(new Receipt.Feed(2));
        return new Receipt(lines);
    }

    private static String material(Material material) {
        StringBuilder text = new StringBuilder(material.name());
        String form = formLabel(material.form());
        if (!form.isEmpty() && !material.name().contains(form)) {
            text.append("（").append(form).append("）");
        }
        if (material.group() != null) {
            text.insert(0, "[" + material.group() + "] ");
        }
        return text.toString();
    }

    static String formLabel(MaterialForm form) {
        return switch (form) {
            case ORIGINAL -> "原件";
            case COPY -> "复印件";
            case ORIGINAL_AND_COPY -> "原件及复印件";
            case ORIGINAL_OR_COPY -> "原件或复印件";
            case UNSTATED -> "";
        };
    }

    private static String channel(Channel channel) {
        StringBuilder text = new StringBuilder();
        if (channel.label() != null) {
            text.append(channel.label()).append("：");
        }
        text.append(channel.where() != null ? channel.where() : channel.note() != null ? channel.note() : "");
        if (channel.timeLimit() != null) {
            text.append("（").append(channel.timeLimit()).append("）");
        }
        return text.toString();
    }
}
