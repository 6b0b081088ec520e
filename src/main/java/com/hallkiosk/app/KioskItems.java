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

    /** An item offered in a region: its line, and what the shell is handed. */
    record Offered(Line line, ItemOffer offer) {
    }

    static final List<Line> LINES = List.of(
            new Line("状态查询", DemoCase.NORMAL, at -> new CardStatusItem(at.central(), at.services().clock())),
            new Line("挂失", DemoCase.NORMAL, at -> new LossReportItem(at.central(), LossRules.of(at.region(), at.catalogItem()))),
            new Line("解挂", DemoCase.TEMPORARILY_LOST, at -> new UnlockItem(at.central())));

    private final List<Line> lines;
    private final ItemsConfig config;
    private final BusinessSystem central;
    private final ItemServices services;

    private KioskItems(List<Line> lines, ItemsConfig config, BusinessSystem central, ItemServices services) {
        this.lines = List.copyOf(lines);
        this.config = config;
        this.central = central;
        this.services = services;
    }

    /** The items of {@code lines}; reads {@code items.properties}, which may name only their ids. */
    static KioskItems load(List<Line> lines, Path configDirectory, Region region, BusinessSystem central,
                           ItemServices services) throws InvalidConfigException {
        List<String> ids = lines.stream().map(line -> probe(line, region, central, services).id()).toList();
        return new KioskItems(lines, new ItemsConfigLoader(ids).load(configDirectory), central, services);
    }

    /** The offers for the shell: each enabled item made on its own catalog item, with its controller to make. */
    List<Offered> offers(Region region) {
        List<Offered> offers = new ArrayList<>();
        for (Line line : lines) {
            EnabledItems.Decision decision = EnabledItems.decide(region, config,
                    List.of(probe(line, region, central, services))).get(0);
            LOG.info("items: {} in {}: {} ({})", decision.item().id(), region.id(), decision.enabled() ? "on" : "off",
                    decision.reason());
            if (!decision.enabled()) {
                continue;
            }
            Item catalogItem = decision.catalogItem().orElseThrow();
            SelfServiceItem item = line.make().apply(new ItemContext(central, region, catalogItem, services));
            CatalogGuidance guidance = new CatalogGuidance(catalogItem, region.offices());
            offers.add(new Offered(line, new ItemOffer(item.id(), catalogItem.id(), line.label(),
                    view -> new ItemController(item, guidance, services, view))));
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
