package com.hallkiosk.items;

import com.hallkiosk.catalog.model.Channel;
import com.hallkiosk.catalog.model.ChannelKind;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Office;
import java.util.ArrayList;
import java.util.List;

/**
 * Where else and whom to ask, from the catalog item of this region: its channels and phones. Nothing here is
 * written in code; a region whose item lists no phone (001 #40 has none) falls back to the first office of
 * the region's document that has one, and says whose phone it is.
 */
public final class CatalogGuidance {
    private static final String WINDOW_LABEL = "窗口办";

    private final Item item;
    private final List<Office> offices;

    public CatalogGuidance(Item item, List<Office> offices) {
        this.item = item;
        this.offices = List.copyOf(offices);
    }

    public Item item() {
        return item;
    }

    /** The windows where the item is done: WINDOW channels, and those the seed calls 窗口办 (000 #29 lists a bank one). */
    public List<String> windows() {
        return item.channels().stream()
                .filter(c -> c.kind() == ChannelKind.WINDOW || WINDOW_LABEL.equals(c.label()))
                .map(Channel::where).filter(where -> where != null && !where.isBlank()).toList();
    }

    /** "咨询电话：…" from the item, else from the region's first office with a phone. */
    public String phoneLine() {
        if (!item.phones().isEmpty()) {
            return "咨询电话：" + String.join("、", item.phones());
        }
        return offices.stream().filter(o -> !o.phones().isEmpty()).findFirst()
                .map(o -> "咨询电话：" + String.join("、", o.phones()) + "（" + o.name() + "）")
                .orElse("咨询：请到服务大厅咨询台");
    }

    /** The other ways to do the item (online, mobile, window), then the phone: a receipt's and a result's last lines. */
    public List<String> channelLines() {
        List<String> lines = new ArrayList<>();
        for (Channel channel : item.channels()) {
            if (channel.kind() == ChannelKind.SELF_SERVICE || channel.where() == null) {
                continue;
            }
            lines.add(channel.label() + "：" + channel.where());
        }
        lines.add(phoneLine());
        return lines;
    }

    /** The words of a step that sends the person to a window because the kiosk cannot do the item now. */
    public String goToWindow() {
        List<String> windows = windows();
        String where = windows.isEmpty() ? "请到服务窗口办理" : "请到窗口办理：" + String.join("；", windows);
        return where + "。" + phoneLine() + "。";
    }
}
