package com.hallkiosk.items;

import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.config.ItemsConfig;
import java.util.List;
import java.util.Optional;

/**
 * Which items this terminal offers: the region's catalog must have the item and let a terminal do it
 * ({@code selfService.allowed}), and the terminal's profile must not leave it out ({@code items.properties}).
 * Each decision keeps its reason, for the technician's screen.
 */
public final class EnabledItems {
    private EnabledItems() {
    }

    /** One item's decision; {@code catalogItem} is empty when the region's catalog has no such item. */
    public record Decision(SelfServiceItem item, Optional<Item> catalogItem, boolean enabled, String reason) {
    }

    public static List<Decision> decide(Region region, ItemsConfig config, List<SelfServiceItem> items) {
        return items.stream().map(item -> decide(region, config, item)).toList();
    }

    /** The items that are on, with their catalog item. */
    public static List<Decision> enabled(Region region, ItemsConfig config, List<SelfServiceItem> items) {
        return decide(region, config, items).stream().filter(Decision::enabled).toList();
    }

    static Decision decide(Region region, ItemsConfig config, SelfServiceItem item) {
        Optional<Item> found = region.items().stream().filter(i -> item.catalogNames().contains(i.name())).findFirst();
        if (found.isEmpty()) {
            return new Decision(item, found, false, region.name() + "的目录没有这项业务");
        }
        if (found.get().selfService() == null || !found.get().selfService().allowed()) {
            return new Decision(item, found, false, region.name() + "的目录没有写可在自助终端办理");
        }
        if (config.disables(item.id())) {
            return new Decision(item, found, false, "items.properties 对 " + config.profile().key() + " 关闭了这项业务");
        }
        return new Decision(item, found, true, "自助办：" + found.get().selfService().basis());
    }
}
