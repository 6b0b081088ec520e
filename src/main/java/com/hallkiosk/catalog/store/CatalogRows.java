package com.hallkiosk.catalog.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hallkiosk.catalog.model.Abbreviation;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.CatalogRules;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Office;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.model.ServicePackage;
import java.util.ArrayList;
import java.util.List;

/**
 * A catalog as rows, with the bodies the kiosk's store keeps: what the central server versions and
 * sends. A region's body holds its name beside the details, since a region row has no other field
 * for it; an abbreviation's body is the abbreviation itself; a rule set's or a holiday year's body is its
 * JSON text from the curated file.
 */
public final class CatalogRows {
    private final ObjectMapper json;

    public CatalogRows(ObjectMapper json) {
        this.json = json;
    }

    public List<CatalogRow> of(Catalog catalog) {
        List<CatalogRow> rows = new ArrayList<>();
        try {
            for (int r = 0; r < catalog.regions().size(); r++) {
                addRegion(rows, catalog.regions().get(r), r);
            }
            for (int i = 0; i < catalog.abbreviations().size(); i++) {
                Abbreviation a = catalog.abbreviations().get(i);
                rows.add(new CatalogRow(RowKind.ABBREVIATION, a.abbreviation(), RowKind.GLOBAL_SCOPE, i,
                        json.writeValueAsString(a)));
            }
            rows.addAll(rules(catalog.rules()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a catalog model object could not be written as JSON", e);
        }
        return rows;
    }

    /**
     * A rule set's position is its place among its region's sets, a holiday year's its place in the calendar:
     * the order of the curated files, which the kiosk's rule book keeps.
     */
    static List<CatalogRow> rules(CatalogRules rules) {
        List<CatalogRow> rows = new ArrayList<>();
        java.util.Map<String, Integer> positions = new java.util.HashMap<>();
        for (CatalogRules.RuleSetText set : rules.ruleSets()) {
            int position = positions.merge(set.region(), 1, Integer::sum) - 1;
            rows.add(new CatalogRow(RowKind.RULESET, set.key(), set.region(), position, set.body()));
        }
        for (int i = 0; i < rules.holidayYears().size(); i++) {
            CatalogRules.HolidayYearText year = rules.holidayYears().get(i);
            rows.add(new CatalogRow(RowKind.HOLIDAYS, Integer.toString(year.year()), RowKind.GLOBAL_SCOPE, i,
                    year.body()));
        }
        return rows;
    }

    private void addRegion(List<CatalogRow> rows, Region region, int position) throws JsonProcessingException {
        RegionDetails details = new RegionDetails(region.sources(), region.categories(),
                region.unlinkedProhibitions(), region.discrepancies());
        ObjectNode body = json.createObjectNode();
        body.put("name", region.name());
        body.set("details", json.valueToTree(details));
        rows.add(new CatalogRow(RowKind.REGION, region.id(), region.id(), position, json.writeValueAsString(body)));
        for (int i = 0; i < region.offices().size(); i++) {
            Office office = region.offices().get(i);
            rows.add(new CatalogRow(RowKind.OFFICE, CatalogRow.officeKey(region.id(), i), region.id(), i,
                    json.writeValueAsString(office)));
        }
        for (int i = 0; i < region.items().size(); i++) {
            Item item = region.items().get(i);
            rows.add(new CatalogRow(RowKind.ITEM, item.id(), region.id(), i, json.writeValueAsString(item)));
        }
        for (int i = 0; i < region.packages().size(); i++) {
            ServicePackage servicePackage = region.packages().get(i);
            rows.add(new CatalogRow(RowKind.PACKAGE, servicePackage.id(), region.id(), i,
                    json.writeValueAsString(servicePackage)));
        }
    }
}
