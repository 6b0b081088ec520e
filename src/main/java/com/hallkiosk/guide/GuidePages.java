package com.hallkiosk.guide;

import com.hallkiosk.catalog.model.Category;
import com.hallkiosk.catalog.model.Channel;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Office;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.model.RegionOutline;
import com.hallkiosk.catalog.model.ServicePackage;
import com.hallkiosk.shell.HomePage;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Builds the guide's pages from a region's catalog. The home page needs only the region's outline;
 * the full region may still be loading, and the other pages wait for it (on the session worker).
 */
public final class GuidePages {
    private final RegionOutline outline;
    private final Supplier<Region> fullRegion;

    public GuidePages(RegionOutline outline, Supplier<Region> fullRegion) {
        this.outline = outline;
        this.fullRegion = fullRegion;
    }

    public GuidePages(Region region) {
        this(RegionOutline.of(region), () -> region);
    }

    public Region region() {
        return fullRegion.get();
    }

    public String regionName() {
        return outline.regionName();
    }

    /** Home: a tile per item the region lets a terminal do; this kiosk does none of them yet. */
    public HomePage home(String hallName) {
        return new HomePage(hallName, outline.regionName(), outline.selfServiceItems().stream()
                .map(item -> new HomePage.ServiceTile(item.itemId(), item.name(), false))
                .toList());
    }

    public GuideIndexPage index() {
        Region region = region();
        List<GuideIndexPage.CategoryEntry> categories = region.categories().stream()
                .map(category -> new GuideIndexPage.CategoryEntry(category.number(), category.name(),
                        itemsOf(region, category).size()))
                .toList();
        List<GuideIndexPage.ItemEntry> uncategorised = region.items().stream()
                .filter(item -> item.category() == null)
                .map(GuidePages::entry)
                .toList();
        List<GuideIndexPage.PackageEntry> packages = region.packages().stream()
                .map(p -> new GuideIndexPage.PackageEntry(p.id(), p.name(), p.audience()))
                .toList();
        return new GuideIndexPage(region.name(), categories, uncategorised, packages);
    }

    public CategoryPage category(String number) {
        Region region = region();
        Category category = region.categories().stream().filter(c -> c.number().equals(number)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no category " + number + " in " + region.id()));
        return new CategoryPage(number, category.name(), itemsOf(region, category).stream().map(GuidePages::entry).toList());
    }

    public ItemPage item(String itemId) {
        Region region = region();
        Item item = region.item(itemId)
                .orElseThrow(() -> new NoSuchElementException("no item " + itemId + " in " + region.id()));
        return new ItemPage(item, officesFor(region, item), item.selfService().allowed()
                ? ItemPage.Availability.NOT_AT_THIS_KIOSK_YET : ItemPage.Availability.GUIDE_ONLY);
    }

    public PackagePage servicePackage(String packageId) {
        Region region = region();
        ServicePackage servicePackage = region.servicePackage(packageId)
                .orElseThrow(() -> new NoSuchElementException("no package " + packageId + " in " + region.id()));
        return new PackagePage(servicePackage);
    }

    private static List<Item> itemsOf(Region region, Category category) {
        return region.items().stream().filter(item -> category.equals(item.category())).toList();
    }

    private static GuideIndexPage.ItemEntry entry(Item item) {
        return new GuideIndexPage.ItemEntry(item.id(), item.number(), item.name(), item.selfService().allowed());
    }

    /**
     * The offices an item's channels name; when they name none (they say 各县区社保分中心 and the
     * like), all the region's offices, so the person still gets an address and a phone.
     */
    private static List<Office> officesFor(Region region, Item item) {
        List<String> places = item.channels().stream()
                .flatMap(GuidePages::texts)
                .toList();
        List<Office> named = region.offices().stream()
                .filter(office -> places.stream().anyMatch(text -> text.contains(office.name())))
                .toList();
        return named.isEmpty() ? region.offices() : named;
    }

    private static Stream<String> texts(Channel channel) {
        return Stream.of(channel.where(), channel.note(), channel.label()).filter(Objects::nonNull);
    }
}
