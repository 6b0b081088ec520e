package com.hallkiosk.catalog;

import com.hallkiosk.catalog.curated.ClasspathCatalogFiles;
import com.hallkiosk.catalog.curated.CuratedCatalogReader;
import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Category;
import com.hallkiosk.catalog.model.Channel;
import com.hallkiosk.catalog.model.ChannelKind;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.model.SelfService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The curated catalog shipped in the jar, and the seed documents it was curated from. */
public final class CuratedCatalogFixture {
    public static final Path CURATED_DIRECTORY = Path.of("src/main/resources/catalog");

    private CuratedCatalogFixture() {
    }

    public static Catalog catalog() {
        try {
            return new CuratedCatalogReader().read(new ClasspathCatalogFiles());
        } catch (InvalidCatalogException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Region region(Catalog catalog, String id) {
        return catalog.region(id).orElseThrow(() -> new AssertionError("no region " + id));
    }

    public static Item item(Catalog catalog, String regionId, String number) {
        return region(catalog, regionId).item(regionId + "-" + number)
                .orElseThrow(() -> new AssertionError("no item " + number + " in " + regionId));
    }

    /**
     * {@code region} with one more item, {@code name}, that a terminal may do, with a window and no phone of its
     * own (its id is the region's followed by {@code -published}): a catalog that publishes an item the shipped
     * catalogs do not (the PIN change and reset, which 003 pkg 10 sends to a window), so that the item can be run
     * while {@link com.hallkiosk.items.EnabledItems} still decides from the catalog.
     */
    public static Region withTerminalItem(Region region, String name) {
        Item published = new Item(region.id() + "-published", "99", new Category("十二", "社会保障卡"), name, null, null,
                List.of(), List.of(new Channel(ChannelKind.WINDOW, "窗口办", "社保卡服务大厅（测试目录）", null, List.of(), null,
                null)), "即时办结", null, null, null, List.of(), List.of(),
                new SelfService(true, "自助终端（测试目录）", "自助办：测试目录"), List.of(), List.of(), List.of(), null);
        return region.withItem(published);
    }

    /**
     * {@code region} with its item {@code number} as a catalog has it that lets a terminal do it (自助办), e.g. Fushun's
     * #41 资格认证, which the seeds send to the window, the web and the phone apps only.
     */
    public static Region withTerminalAccess(Region region, String number) {
        List<Item> items = region.items().stream().map(item -> !item.number().equals(number) ? item
                : new Item(item.id(), item.number(), item.category(), item.name(), item.guideName(), item.conditions(),
                        item.materials(), item.channels(), item.timeLimit(), item.enquiry(), item.tips(),
                        item.consultation(), item.phones(), item.notes(),
                        new SelfService(true, "自助终端（测试目录）", "自助办：测试目录"), item.prohibitions(),
                        item.tolerances(), item.discrepancies(), item.sourceRef())).toList();
        if (items.equals(region.items())) {
            throw new AssertionError("no item " + number + " in " + region.id());
        }
        return new Region(region.id(), region.name(), region.sources(), region.offices(), region.categories(), items,
                region.packages(), region.unlinkedProhibitions(), region.discrepancies());
    }

    /** The text of a seed document, e.g. {@code 000_e7e5fee8491cbd43.txt}, kept under src/test/resources/seeds. */
    public static String seed(String document) {
        try (InputStream in = CuratedCatalogFixture.class.getResourceAsStream("/seeds/" + document)) {
            if (in == null) {
                throw new AssertionError("no seed " + document);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
