package com.hallkiosk.catalog.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A region's catalog: its documents, offices, items and packages, kept apart from other regions. */
public record Region(
        String id,
        String name,
        List<SourceDocument> sources,
        List<Office> offices,
        List<Category> categories,
        List<Item> items,
        List<ServicePackage> packages,
        List<Prohibition> unlinkedProhibitions,
        List<Discrepancy> discrepancies) {
    public Region {
        sources = List.copyOf(sources);
        offices = List.copyOf(offices);
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        packages = List.copyOf(packages);
        unlinkedProhibitions = List.copyOf(unlinkedProhibitions);
        discrepancies = List.copyOf(discrepancies);
    }

    /** This region with {@code added} after its items, as a catalog that publishes one more item has it. */
    public Region withItem(Item added) {
        List<Item> more = new ArrayList<>(items);
        more.add(added);
        return new Region(id, name, sources, offices, categories, more, packages, unlinkedProhibitions, discrepancies);
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    public Optional<ServicePackage> servicePackage(String packageId) {
        return packages.stream().filter(p -> p.id().equals(packageId)).findFirst();
    }
}
