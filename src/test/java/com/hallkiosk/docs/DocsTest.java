package com.hallkiosk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.export.DiscrepancyReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The documents that describe the catalog stay true to it. */
class DocsTest {
    private static final Path CATALOG_FORMAT = Path.of("docs/catalog-format.md");

    @Test
    void theDiscrepancyListInTheFormatDocumentIsCurrent() throws IOException {
        String document = Files.readString(CATALOG_FORMAT, StandardCharsets.UTF_8);
        String current = DiscrepancyReport.replaceSection(document,
                new DiscrepancyReport().markdown(CuratedCatalogFixture.catalog().regions()));
        assertThat(document)
                .as("docs/catalog-format.md is stale: run java -jar target/hall-kiosk.jar catalog discrepancies"
                        + " --update docs/catalog-format.md")
                .isEqualTo(current);
    }

    @Test
    void theReadmeGivesExactlyTheTwoSetUpCommands() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("mvn -q -B package -DskipTests && java -jar target/hall-kiosk.jar demo",
                "\nscripts/test\n");
        assertThat(Files.readString(Path.of(".ci/run"), StandardCharsets.UTF_8)).contains("exec scripts/test\n");
    }
}
