package com.hallkiosk.guide;

import com.hallkiosk.catalog.model.Category;
import com.hallkiosk.catalog.model.Channel;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Office;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.model.ServicePackage;
import com.hallkiosk.shell.HomePage;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;

/** Builds the guide's pages from a region's catalog. */
public final class GuidePages {
    private final Region region;

    public GuidePages(Region region) {
        this.region = region;
    }

    public Region region() {
        return region;
    }

    /** Home: a tile per item the region lets a terminal do; this kiosk does none of them yet. */
    public HomePage home(String hallName) {
        return new HomePage(hallName, region.name(), region.items().stream()
                .filter(item -> item.selfService().allowed())
                .map(item -> new HomePage.ServiceTile(item.id(), item.name(), false))
                .toList());
    }

    public GuideIndexPage index() {
        List<GuideIndexPage.CategoryEntry> categories = region.categories().stream()
                .map(category -> new GuideIndexPage.CategoryEntry(category.number(), category.name(),
                        itemsOf(category).size()))
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
        Category category = region.categories().stream().filter(c -> c.number().equals(number)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no category " + number + " in " + region.id()));
        return new CategoryPage(number, category.name(), itemsOf(category).stream().map(GuidePages::entry).toList());
    }

    public ItemPage item(String itemId) {
        Item item = region.item(itemId)
                .orElseThrow(() -> new NoSuchElementException("no item " + itemId + " in " + region.id()));
        return new ItemPage(item, officesFor(item), item.selfService().allowed()
                ? ItemPage.Availability.NOT_AT_THIS_KIOSK_YET : ItemPage.Availability.GUIDE_ONLY);
    }

    public PackagePage servicePackage(String packageId) {
        ServicePackage servicePackage = region.servicePackage(packageId)
                .orElseThrow(() -> new NoSuchElementException("no package " + packageId + " in " + region.id()));
        return new PackagePage(servicePackage);
    }

    private List<Item> itemsOf(Category category) {
        return region.items().stream().filter(item -> category.equals(item.category())).toList();
    }

    private static GuideIndexPage.ItemEntry entry(Item item) {
        return new GuideIndexPage.ItemEntry(item.id(), item.number(), item.name(), item.selfService().allowed());
    }

    /**
     * The offices an item's channels name; when they name none (they say 各县区社保分中心 and the
     * like), all the region's offices, so the person still gets an address and a phone.
     */
    private List<Office> officesFor(Item item) {
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
