package com.hallkiosk.catalog.curated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.calendar.HolidayCalendarLoader;
import com.hallkiosk.catalog.model.CatalogRules;
import com.hallkiosk.eligibility.InvalidRuleFileException;
import com.hallkiosk.eligibility.RuleFileReader;
import com.hallkiosk.eligibility.RuleSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the curated region rules into the catalog: {@code rules/<region>.json} of each region (a region may have
 * none) and {@code holidays.json}. Each file is validated whole by its own reader first, so a curator sees the
 * same message as before the rules travelled; then each rule set and each year is kept as its JSON text, which is
 * what a catalog row carries.
 */
final class CuratedRulesReader {
    static final String RULES_FOLDER = "rules/";

    private final ObjectMapper json = new ObjectMapper();
    private final CatalogFiles files;
    private final List<CatalogProblem> problems;

    CuratedRulesReader(CatalogFiles files, List<CatalogProblem> problems) {
        this.files = files;
        this.problems = problems;
    }

    CatalogRules read(List<String> regionIds) {
        List<CatalogRules.RuleSetText> ruleSets = new ArrayList<>();
        for (String region : regionIds) {
            ruleSets.addAll(ruleSets(region));
        }
        return new CatalogRules(ruleSets, holidayYears());
    }

    private List<CatalogRules.RuleSetText> ruleSets(String region) {
        String fileName = RULES_FOLDER + region + ".json";
        if (!files.exists(fileName)) {
            return List.of();
        }
        byte[] content = content(fileName);
        if (content == null) {
            return List.of();
        }
        List<RuleSet> sets;
        try {
            sets = RuleFileReader.read(region + ".json", new ByteArrayInputStream(content));
        } catch (InvalidRuleFileException e) {
            problems.add(new CatalogProblem(files.describe(fileName), null, null, e.getMessage()));
            return List.of();
        }
        JsonNode bodies = tree(content).get("ruleSets");
        List<CatalogRules.RuleSetText> texts = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < sets.size(); i++) {
            RuleSet set = sets.get(i);
            String key = CatalogRules.RuleSetText.key(region, set.itemNumber(), set.validFrom());
            if (!keys.add(key)) {
                problems.add(new CatalogProblem(files.describe(fileName), "ruleSets[" + i + "]", "validFrom",
                        "a second rule set of item " + set.itemNumber() + " starting on the same day"));
            }
            texts.add(new CatalogRules.RuleSetText(region, key, bodies.get(i).toString()));
        }
        return texts;
    }

    private List<CatalogRules.HolidayYearText> holidayYears() {
        if (!files.exists(CuratedCatalogReader.HOLIDAYS_FILE)) {
            return List.of();
        }
        byte[] content = content(CuratedCatalogReader.HOLIDAYS_FILE);
        if (content == null) {
            return List.of();
        }
        try {
            new HolidayCalendarLoader().read(content, CuratedCatalogReader.HOLIDAYS_FILE);
        } catch (HolidayCalendarLoader.InvalidCalendarException e) {
            problems.add(new CatalogProblem(files.describe(CuratedCatalogReader.HOLIDAYS_FILE), null, null,
                    e.getMessage()));
            return List.of();
        }
        List<CatalogRules.HolidayYearText> years = new ArrayList<>();
        for (JsonNode year : tree(content).get("years")) {
            years.add(new CatalogRules.HolidayYearText(year.get("year").intValue(), year.toString()));
        }
        return years;
    }

    /** The file's bytes, or null with the problem noted. */
    private byte[] content(String fileName) {
        try (InputStream in = files.open(fileName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            problems.add(new CatalogProblem(files.describe(fileName), null, null, "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    /** The tree of a file its reader has already accepted as JSON. */
    private JsonNode tree(byte[] content) {
        try {
            return json.readTree(content);
        } catch (IOException e) {
            throw new IllegalStateException("a file its reader accepted is not JSON", e);
        }
    }
}
