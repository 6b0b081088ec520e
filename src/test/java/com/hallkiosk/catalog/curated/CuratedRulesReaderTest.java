package com.hallkiosk.catalog.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.CatalogRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule files and the holiday calendar read as part of the curated catalog, from a curator's directory. */
class CuratedRulesReaderTest {
    @TempDir
    Path directory;

    @BeforeEach
    void copyTheCuratedCatalogWithItsRules() throws IOException {
        Path from = CuratedCatalogFixture.CURATED_DIRECTORY;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path to = directory.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        }
    }

    private Catalog read() throws InvalidCatalogException {
        return new CuratedCatalogReader().read(new DirectoryCatalogFiles(directory));
    }

    private InvalidCatalogException failure() {
        return catchThrowableOfType(this::read, InvalidCatalogException.class);
    }

    private void replaceIn(String fileName, String text, String replacement) throws IOException {
        Path file = directory.resolve(fileName);
        String content = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(content).contains(text);
        Files.writeString(file, content.replace(text, replacement), StandardCharsets.UTF_8);
    }

    @Test
    void aDirectoryGivesTheSameRulesAsTheJar() throws InvalidCatalogException {
        assertThat(read().rules()).isEqualTo(CuratedCatalogFixture.catalog().rules());
    }

    @Test
    void aRegionWithoutARuleFileAndACatalogWithoutHolidaysHaveNone() throws Exception {
        Files.delete(directory.resolve("rules/fushun.json"));
        Files.delete(directory.resolve(CuratedCatalogReader.HOLIDAYS_FILE));

        CatalogRules rules = read().rules();

        assertThat(rules.ofRegion("fushun").ruleSets()).isEmpty();
        assertThat(rules.ofRegion("shandong").ruleSets()).isNotEmpty();
        assertThat(rules.holidayYears()).isEmpty();
    }

    @Test
    void aBadRuleFileFailsTheCatalogNamingTheFileAndTheField() throws IOException {
        replaceIn("rules/fushun.json", "\"atLeast\": 12", "\"atLeast\": \"twelve\"");

        assertThat(failure().problems()).singleElement().hasToString(directory.resolve("rules/fushun.json")
                + ": fushun.json: ruleSets[0].rules[1].condition.atLeast: must be a whole number ≥ 0");
    }

    @Test
    void aBadHolidayFileFailsTheCatalogNamingTheField() throws IOException {
        replaceIn(CuratedCatalogReader.HOLIDAYS_FILE, "\"2026-01-03\"", "\"2025-12-31\"");

        assertThat(failure().problems()).singleElement().asString()
                .contains("holidays.json: years[0].holidays[0].to: 2025-12-31 is not in 2026");
    }

    @Test
    void twoRuleSetsOfAnItemStartingOnTheSameDayAreRefused() throws IOException {
        replaceIn("rules/fushun.json", "\"item\": \"18\"", "\"item\": \"15\"");

        assertThat(failure().problems()).singleElement().asString()
                .contains("a second rule set of item 15 starting on the same day");
    }

    @Test
    void theFingerprintChangesWithARuleFile() throws IOException {
        String before = new DirectoryCatalogFiles(directory).fingerprint();
        replaceIn("rules/shandong.json", "\"validTo\": null", "\"validTo\": \"2030-12-31\"");

        assertThat(new DirectoryCatalogFiles(directory).fingerprint()).isNotEqualTo(before);
    }
}
