package com.hallkiosk.catalog.curated;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Channel;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Material;
import com.hallkiosk.catalog.model.Office;
import com.hallkiosk.catalog.model.PackageMaterial;
import com.hallkiosk.catalog.model.Prohibition;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.model.ServicePackage;
import com.hallkiosk.catalog.model.Tolerance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Every piece of curated text is verbatim from its seed: names, materials, channels, time limits,
 * tips, notes (of items, materials and channels), offices, prohibitions, tolerances and packages.
 * The curators' discrepancies and the notes on prohibition groups and tolerances are the only free
 * text and are not checked here.
 */
class SeedFidelityTest {
    private final Catalog catalog = CuratedCatalogFixture.catalog();
    private final Map<String, SeedText> seeds = new HashMap<>();
    private final List<String> notInSeed = new ArrayList<>();
    private int checked;

    @Test
    void everyCuratedTextOccursInItsSeed() {
        for (Region region : catalog.regions()) {
            region.offices().forEach(office -> office(office));
            region.items().forEach(this::item);
            region.packages().forEach(this::servicePackage);
        }
        assertThat(checked).as("texts checked").isGreaterThan(3000);
        assertThat(notInSeed).as("curated texts that are not in their seed").isEmpty();
    }

    private void office(Office office) {
        BiConsumer<String, String> check = checker(office.document(), "office " + office.number());
        check.accept("name", office.name());
        check.accept("address", office.address());
        office.phones().forEach(phone -> check.accept("phone", phone));
    }

    private void item(Item item) {
        BiConsumer<String, String> check = checker(item.sourceRef().document(), "item " + item.number());
        check.accept("name", item.name());
        check.accept("guideName", item.guideName());
        check.accept("category", item.category() == null ? null : item.category().name());
        check.accept("conditions", item.conditions());
        check.accept("timeLimit", item.timeLimit());
        check.accept("enquiry", item.enquiry());
        check.accept("tips", item.tips());
        check.accept("consultation", item.consultation());
        check.accept("section", item.sourceRef().section());
        item.phones().forEach(phone -> check.accept("phone", phone));
        item.notes().forEach(note -> check.accept("note", note));
        for (Material material : item.materials()) {
            check.accept("material", material.name());
            check.accept("material group", material.group());
            check.accept("material source", material.source());
            check.accept("material note", material.note());
        }
        for (Channel channel : item.channels()) {
            check.accept("channel label", channel.label());
            check.accept("channel place", channel.where());
            check.accept("channel url", channel.url());
            check.accept("channel time limit", channel.timeLimit());
            check.accept("channel note", channel.note());
            channel.steps().forEach(step -> check.accept("channel step", step));
        }
        check.accept("self-service place", item.selfService().where());
        check.accept("self-service basis", item.selfService().basis());
        for (Prohibition prohibition : item.prohibitions()) {
            check.accept("prohibition group", prohibition.group());
            check.accept("prohibited situation", prohibition.situation());
        }
        for (Tolerance tolerance : item.tolerances()) {
            check.accept("tolerance item", tolerance.item());
            check.accept("tolerated material", tolerance.material());
            check.accept("tolerance how", tolerance.how());
            check.accept("tolerance source", tolerance.source());
            check.accept("tolerance deadline", tolerance.deadline());
        }
    }

    private void servicePackage(ServicePackage servicePackage) {
        BiConsumer<String, String> check = checker(servicePackage.sourceRef().document(),
                "package " + servicePackage.number());
        check.accept("name", servicePackage.name());
        check.accept("scope", servicePackage.scope());
        check.accept("audience", servicePackage.audience());
        check.accept("location", servicePackage.location());
        servicePackage.subItems().forEach(text -> check.accept("sub-item", text));
        servicePackage.procedure().forEach(text -> check.accept("procedure", text));
        servicePackage.notes().forEach(text -> check.accept("note", text));
        for (PackageMaterial material : servicePackage.materials()) {
            check.accept("material", material.name());
            check.accept("material sub-item", material.subItem());
        }
    }

    private BiConsumer<String, String> checker(String document, String entry) {
        SeedText seed = seeds.computeIfAbsent(document, d -> new SeedText(CuratedCatalogFixture.seed(d)));
        return (field, text) -> {
            if (text == null) {
                return;
            }
            checked++;
            if (!seed.contains(text)) {
                notInSeed.add(document + " " + entry + " " + field + ": " + text);
            }
        };
    }
}
