package com.hallkiosk.catalog.search;

import com.hallkiosk.catalog.model.Abbreviation;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.model.ServicePackage;
import com.hallkiosk.catalog.search.SearchField.FieldTier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** The guide's search: one index per region, since a kiosk only ever shows its own region. */
public final class CatalogSearch {
    private final Map<String, SearchIndex> indexes;

    private CatalogSearch(Map<String, SearchIndex> indexes) {
        this.indexes = Map.copyOf(indexes);
    }

    public static CatalogSearch of(Catalog catalog, PinyinReadings pinyin) {
        Map<String, SearchIndex> indexes = new LinkedHashMap<>();
        for (Region region : catalog.regions()) {
            indexes.put(region.id(), SearchIndex.build(entriesOf(region, catalog.abbreviations()), pinyin));
        }
        return new CatalogSearch(indexes);
    }

    public SearchResult search(String regionId, String query, int limit) {
        SearchIndex index = indexes.get(regionId);
        if (index == null) {
            throw new NoSuchElementException("no region " + regionId);
        }
        return index.search(query, limit);
    }

    /**
     * The searchable entries of a region. A text that holds a full form (社会保障卡) is indexed a second
     * time under its short form (社保卡), so that either name, in characters or pinyin, finds it.
     */
    public static List<SearchEntry> entriesOf(Region region, List<Abbreviation> abbreviations) {
        EntryBuilder builder = new EntryBuilder(abbreviations);
        List<SearchEntry> entries = new ArrayList<>();
        region.items().forEach(item -> entries.add(builder.entry(item)));
        region.packages().forEach(p -> entries.add(builder.entry(p)));
        return entries;
    }

    private record EntryBuilder(List<Abbreviation> abbreviations) {
        SearchEntry entry(Item item) {
            List<SearchField> fields = new ArrayList<>();
            add(fields, FieldTier.NAME, item.name());
            add(fields, FieldTier.NAME, item.guideName());
            item.materials().forEach(material -> add(fields, FieldTier.MATERIAL, material.name()));
            add(fields, FieldTier.RELATED, item.category() == null ? null : item.category().name());
            add(fields, FieldTier.TEXT, item.conditions());
            return new SearchEntry(item.id(), SearchEntry.EntryKind.ITEM, item.name(), fields);
        }

        SearchEntry entry(ServicePackage servicePackage) {
            List<SearchField> fields = new ArrayList<>();
            add(fields, FieldTier.NAME, servicePackage.name());
            servicePackage.materials().forEach(material -> add(fields, FieldTier.MATERIAL, material.name()));
            servicePackage.subItems().forEach(subItem -> add(fields, FieldTier.RELATED, subItem));
            add(fields, FieldTier.TEXT, servicePackage.scope());
            return new SearchEntry(servicePackage.id(), SearchEntry.EntryKind.PACKAGE, servicePackage.name(), fields);
        }

        private void add(List<SearchField> fields, FieldTier tier, String text) {
            if (text == null) {
                return;
            }
            fields.add(new SearchField(tier, text));
            String shortened = text;
            for (Abbreviation abbreviation : abbreviations) {
                shortened = shortened.replace(abbreviation.fullForm(), abbreviation.abbreviation());
            }
            if (!shortened.equals(text)) {
                fields.add(new SearchField(tier, shortened));
            }
        }
    }
}
