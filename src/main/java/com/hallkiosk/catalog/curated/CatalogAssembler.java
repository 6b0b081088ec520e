package com.hallkiosk.catalog.curated;

import com.hallkiosk.catalog.model.Category;
import com.hallkiosk.catalog.model.Channel;
import com.hallkiosk.catalog.model.ChannelKind;
import com.hallkiosk.catalog.model.Discrepancy;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Material;
import com.hallkiosk.catalog.model.MaterialForm;
import com.hallkiosk.catalog.model.Office;
import com.hallkiosk.catalog.model.PackageMaterial;
import com.hallkiosk.catalog.model.Prohibition;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.model.SelfService;
import com.hallkiosk.catalog.model.ServicePackage;
import com.hallkiosk.catalog.model.SourceDocument;
import com.hallkiosk.catalog.model.SourceKind;
import com.hallkiosk.catalog.model.SourceRef;
import com.hallkiosk.catalog.model.Tolerance;
import com.hallkiosk.catalog.model.WireNamed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a region's validated curated documents into the catalog model. */
final class CatalogAssembler {
    private CatalogAssembler() {
    }

    static String itemId(String regionId, String number) {
        return regionId + "-" + number;
    }

    static String packageId(String regionId, String number) {
        return regionId + "-package-" + number;
    }

    static Region region(String regionId, String name, List<CuratedFormat.Document> documents) {
        List<SourceDocument> sources = new ArrayList<>();
        List<Office> offices = new ArrayList<>();
        List<Category> categories = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<ServicePackage> packages = new ArrayList<>();
        List<Prohibition> unlinked = new ArrayList<>();
        List<Discrepancy> discrepancies = new ArrayList<>();
        for (CuratedFormat.Document document : documents) {
            sources.add(new SourceDocument(document.document(), document.issuer(), document.title(), document.date()));
            document.offices().forEach(o -> offices.add(
                    new Office(o.number(), o.name(), o.address(), o.phones(), o.note(), document.document())));
            Map<String, Category> documentCategories = document.categories().stream()
                    .map(c -> new Category(c.number(), c.name()))
                    .collect(Collectors.toMap(Category::number, Function.identity()));
            categories.addAll(document.categories().stream().map(c -> documentCategories.get(c.number())).toList());
            document.items().forEach(item -> items.add(item(regionId, item, documentCategories, document)));
            document.packages().forEach(p -> packages.add(servicePackage(regionId, p)));
            document.prohibitions().stream().filter(g -> g.items().isEmpty())
                    .forEach(g -> unlinked.addAll(prohibitions(g)));
            document.discrepancies().forEach(text -> discrepancies.add(new Discrepancy(document.document(), text)));
        }
        return new Region(regionId, name, sources, offices, categories, items, packages, unlinked, discrepancies);
    }

    private static Item item(String regionId, CuratedFormat.Item item, Map<String, Category> categories,
                             CuratedFormat.Document document) {
        List<Prohibition> prohibitions = document.prohibitions().stream()
                .filter(group -> group.items().contains(item.number()))
                .flatMap(group -> prohibitions(group).stream())
                .toList();
        List<Tolerance> tolerances = document.tolerances().stream()
                .filter(tolerance -> tolerance.items().contains(item.number()))
                .map(CatalogAssembler::tolerance)
                .toList();
        return new Item(
                itemId(regionId, item.number()),
                item.number(),
                item.category() == null ? null : categories.get(item.category()),
                item.name(),
                item.guideName(),
                item.conditions(),
                item.materials().stream().map(CatalogAssembler::material).toList(),
                item.channels().stream().map(CatalogAssembler::channel).toList(),
                item.timeLimit(),
                item.enquiry(),
                item.tips(),
                item.consultation(),
                item.phones(),
                item.notes(),
                item.selfService().allowed()
                        ? new SelfService(true, item.selfService().where(), item.selfService().basis())
                        : SelfService.NOT_OFFERED,
                prohibitions,
                tolerances,
                item.discrepancies(),
                sourceRef(item.sourceRef()));
    }

    private static List<Prohibition> prohibitions(CuratedFormat.ProhibitionGroup group) {
        return group.situations().stream()
                .map(s -> new Prohibition(group.group(), s.number(), s.situation(), group.note()))
                .toList();
    }

    private static Tolerance tolerance(CuratedFormat.Tolerance t) {
        return new Tolerance(t.number(), t.item(), t.material(), t.how(), t.source(), t.deadline(),
                t.deadlineWorkingDays(), t.note());
    }

    private static Material material(CuratedFormat.Material m) {
        return new Material(m.name(), m.group(), m.source(),
                WireNamed.parse(SourceKind.class, m.sourceKind()).orElseThrow(),
                WireNamed.parse(MaterialForm.class, m.form()).orElseThrow(),
                m.copies(), m.note());
    }

    private static Channel channel(CuratedFormat.Channel c) {
        return new Channel(WireNamed.parse(ChannelKind.class, c.kind()).orElseThrow(),
                c.label(), c.where(), c.url(), c.steps(), c.timeLimit(), c.note());
    }

    private static ServicePackage servicePackage(String regionId, CuratedFormat.Package p) {
        return new ServicePackage(packageId(regionId, p.number()), p.number(), p.name(), p.scope(), p.subItems(),
                p.audience(), p.location(),
                p.materials().stream().map(m -> new PackageMaterial(m.subItem(), m.name())).toList(),
                p.procedure(), p.notes(), p.discrepancies(), sourceRef(p.sourceRef()));
    }

    private static SourceRef sourceRef(CuratedFormat.SourceRef ref) {
        return new SourceRef(ref.document(), ref.number(), ref.section());
    }
}
