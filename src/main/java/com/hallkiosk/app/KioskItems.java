package com.hallkiosk.app;

import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.config.ItemsConfig;
import com.hallkiosk.config.ItemsConfigLoader;
import com.hallkiosk.demo.DemoCase;
import com.hallkiosk.items.CatalogGuidance;
import com.hallkiosk.items.EnabledItems;
import com.hallkiosk.items.ItemController;
import com.hallkiosk.items.ItemServices;
import com.hallkiosk.items.SelfServiceItem;
import com.hallkiosk.items.cardstatus.CardStatusItem;
import com.hallkiosk.items.lossreport.LossReportItem;
import com.hallkiosk.items.lossreport.LossRules;
import com.hallkiosk.items.unlock.UnlockItem;
import com.hallkiosk.shell.ItemOffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The self-service items this kiosk is built with, and which of them it offers in a region: those the region's
 * catalog lets a terminal do and {@code items.properties} does not leave out ({@link EnabledItems}). A new item
 * is one more line in {@link #LINES}.
 */
final class KioskItems {
    private static final Logger LOG = LoggerFactory.getLogger(KioskItems.class);

    /**
     * What an item is made from.
     *
     * @param catalogItem the region's catalog item the item does (its rules, where they travel in the catalog)
     */
    record ItemContext(BusinessSystem central, Region region, Item catalogItem, ItemServices services) {
    }

    /**
     * One item of this kiosk.
     *
     * @param label    what a choice between the items of one catalog item calls it (挂失, 解挂)
     * @param demoCard the demo card that walks the item's way through (the screenshots; the demo card desk)
     * @param make     the item, for a region and its catalog item
     */
    record Line(String label, DemoCase demoCard, Function<ItemContext, SelfServiceItem> make) {
    }

    static final List<Line> LINES = List.of(
            new Line("状态查询", DemoCase.NORMAL, at -> new CardStatusItem(at.central(), at.services().clock())),
            new Line("挂失", DemoCase.NORMAL, at -> new LossReportItem(at.central(), LossRules.of(at.region(), at.catalogItem()))),
            new Line("解挂", DemoCase.TEMPORARILY_LOST, at -> new UnlockItem(at.central())));

    private final ItemsConfig config;
    private final BusinessSystem central;
    private final ItemServices services;

    private KioskItems(ItemsConfig config, BusinessSystem central, ItemServices services) {
        this.config = config;
        this.central = central;
        this.services = services;
    }

    /** Reads {@code items.properties}, which may name only the ids of these items. */
    static KioskItems load(Path configDirectory, Region region, BusinessSystem central, ItemServices services)
            throws InvalidConfigException {
        List<String> ids = LINES.stream().map(line -> probe(line, region, central, services).id()).toList();
        return new KioskItems(new ItemsConfigLoader(ids).load(configDirectory), central, services);
    }

    /** The line's item as offered in {@code region}, or, where the region has no catalog item for it, what it is. */
    record Decided(Line line, EnabledItems.Decision decision) {
    }

    List<Decided> decide(Region region) {
        return LINES.stream().map(line -> new Decided(line, EnabledItems.decide(region, config,
                List.of(probe(line, region, central, services))).get(0))).toList();
    }

    /** The offers for the shell: each enabled item made on its own catalog item, with its controller to make. */
    List<ItemOffer> offers(Region region) {
        List<ItemOffer> offers = new ArrayList<>();
        for (Decided decided : decide(region)) {
            EnabledItems.Decision decision = decided.decision();
            LOG.info("items: {} in {}: {} ({})", decision.item().id(), region.id(), decision.enabled() ? "on" : "off",
                    decision.reason());
            if (!decision.enabled()) {
                continue;
            }
            Item catalogItem = decision.catalogItem().orElseThrow();
            SelfServiceItem item = decided.line().make().apply(new ItemContext(central, region, catalogItem, services));
            CatalogGuidance guidance = new CatalogGuidance(catalogItem, region.offices());
            offers.add(new ItemOffer(item.id(), catalogItem.id(), decided.line().label(),
                    view -> new ItemController(item, guidance, services, view)));
        }
        return offers;
    }

    /**
     * The line's item made on a stand-in catalog item (the region's first), only to learn its id and catalog
     * names, which {@link EnabledItems} decides on; the item offered is made again on its own catalog item.
     */
    private static SelfServiceItem probe(Line line, Region region, BusinessSystem central, ItemServices services) {
        return line.make().apply(new ItemContext(central, region, region.items().get(0), services));
    }
}
