package com.hallkiosk.catalog.curated;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.catalog.model.Abbreviation;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.CatalogRules;
import com.hallkiosk.catalog.model.Region;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates the curated catalog: {@code regions.json} and the document files it names.
 * Any problem anywhere fails the whole read, so that a half-curated catalog is never imported.
 */
public final class CuratedCatalogReader {
    public static final String REGIONS_FILE = "regions.json";
    public static final String ABBREVIATIONS_FILE = "abbreviations.json";
    /** The State Council's holiday notices, one year each; optional (working-day counts then have no answer). */
    public static final String HOLIDAYS_FILE = "holidays.json";

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public Catalog read(CatalogFiles files) throws InvalidCatalogException {
        List<CatalogProblem> problems = new ArrayList<>();
        Optional<CuratedFormat.RegionList> regionList = parse(files, REGIONS_FILE, CuratedFormat.RegionList.class, problems);
        if (regionList.isEmpty()) {
            throw new InvalidCatalogException(problems);
        }
        List<Region> regions = new ArrayList<>();
        for (CuratedFormat.RegionEntry entry : checkRegionList(files, regionList.get(), problems)) {
            List<CuratedFormat.Document> documents = new ArrayList<>();
            for (CuratedFormat.DocumentEntry documentEntry : entry.documents()) {
                readDocument(files, entry.id(), documentEntry, problems).ifPresent(documents::add);
            }
            if (documents.size() == entry.documents().size()) {
                regions.add(CatalogAssembler.region(entry.id(), entry.name(), documents));
            }
        }
        problems.addAll(duplicateIds(regions));
        List<Abbreviation> abbreviations = abbreviations(files, problems);
        CatalogRules rules = new CuratedRulesReader(files, problems).read(regions.stream().map(Region::id).toList());
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(problems);
        }
        return new Catalog(regions, abbreviations, rules);
    }

    private List<Abbreviation> abbreviations(CatalogFiles files, List<CatalogProblem> problems) {
        Optional<CuratedFormat.AbbreviationList> list =
                parse(files, ABBREVIATIONS_FILE, CuratedFormat.AbbreviationList.class, problems);
        if (list.isEmpty()) {
            return List.of();
        }
        Problems found = new Problems(files.describe(ABBREVIATIONS_FILE));
        List<Abbreviation> abbreviations = new ArrayList<>();
        for (CuratedFormat.Abbreviation entry : found.list("abbreviations", list.get().abbreviations())) {
            found.enter("abbreviation " + entry.abbreviation());
            found.required("abbreviation", entry.abbreviation());
            found.required("fullForm", entry.fullForm());
            found.required("evidence", entry.evidence());
            abbreviations.add(new Abbreviation(entry.abbreviation(), entry.fullForm(), entry.evidence()));
        }
        problems.addAll(found.found());
        return abbreviations;
    }

    private static List<CuratedFormat.RegionEntry> checkRegionList(
            CatalogFiles files, CuratedFormat.RegionList list, List<CatalogProblem> problems) {
        Problems found = new Problems(files.describe(REGIONS_FILE));
        Set<String> ids = new HashSet<>();
        List<CuratedFormat.RegionEntry> usable = new ArrayList<>();
        for (CuratedFormat.RegionEntry entry : found.list("regions", list.regions())) {
            found.enter("region " + entry.id());
            found.required("id", entry.id());
            found.required("name", entry.name());
            if (entry.id() != null && !entry.id().matches("[a-z][a-z0-9-]*")) {
                found.add("id", "must be lower-case letters, digits and dashes");
            }
            if (!ids.add(entry.id())) {
                found.add("id", "is used by another region");
            }
            List<CuratedFormat.DocumentEntry> documents = found.list("documents", entry.documents());
            if (documents.isEmpty()) {
                found.add("documents", "is empty");
            }
            documents.forEach(d -> {
                found.required("documents.seed", d.seed());
                found.required("documents.file", d.file());
            });
            usable.add(entry);
        }
        problems.addAll(found.found());
        return problems.isEmpty() ? usable : List.of();
    }

    private Optional<CuratedFormat.Document> readDocument(
            CatalogFiles files, String regionId, CuratedFormat.DocumentEntry entry, List<CatalogProblem> problems) {
        Optional<CuratedFormat.Document> parsed = parse(files, entry.file(), CuratedFormat.Document.class, problems);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Problems found = new Problems(files.describe(entry.file()));
        new DocumentValidator(found, parsed.get()).validate(regionId, entry.seed());
        problems.addAll(found.found());
        return found.found().isEmpty() ? parsed : Optional.empty();
    }

    private <T> Optional<T> parse(CatalogFiles files, String fileName, Class<T> type, List<CatalogProblem> problems) {
        String described = files.describe(fileName);
        JsonNode tree;
        try (InputStream in = files.open(fileName)) {
            tree = json.readTree(in);
        } catch (JsonProcessingException e) {
            problems.add(new CatalogProblem(described, null, null, "is not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new CatalogProblem(described, null, null, "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
        try {
            return Optional.of(json.treeToValue(tree, type));
        } catch (JsonMappingException e) {
            problems.add(new CatalogProblem(described, entryOf(tree, e), fieldOf(e), e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            problems.add(new CatalogProblem(described, null, null, e.getOriginalMessage()));
        }
        return Optional.empty();
    }

    /** Names the item or package a mapping error is in, from its number and name in the tree. */
    private static String entryOf(JsonNode tree, JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (path.size() < 2 || path.get(0).getFieldName() == null || path.get(1).getIndex() < 0) {
            return null;
        }
        String list = path.get(0).getFieldName();
        JsonNode entry = tree.path(list).path(path.get(1).getIndex());
        return list + " " + entry.path("number").asText("?") + " (" + entry.path("name").asText("?") + ")";
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? null : field.toString();
    }

    private static List<CatalogProblem> duplicateIds(List<Region> regions) {
        List<CatalogProblem> problems = new ArrayList<>();
        for (Region region : regions) {
            Set<String> ids = new HashSet<>();
            region.items().stream().filter(item -> !ids.add(item.id())).forEach(item -> problems.add(
                    new CatalogProblem(item.sourceRef().document(), "item " + item.number(), "number",
                            "gives region " + region.id() + " a second item with id " + item.id())));
        }
        return problems;
    }
}
