package com.hallkiosk.catalog.curated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed curated file fails the whole read, naming the file, the entry and the field. */
class CuratedCatalogReaderTest {
    private static final String ANSHAN = "000-anshan-tiedong.json";
    private static final int ITEM_8 = 7;

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path directory;

    @BeforeEach
    void copyTheCuratedCatalog() throws IOException {
        try (Stream<Path> files = Files.list(CuratedCatalogFixture.CURATED_DIRECTORY)) {
            for (Path file : files.toList()) {
                Files.copy(file, directory.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void readsTheCopyAsItIs() throws InvalidCatalogException {
        Catalog catalog = read();
        assertThat(catalog.regionIds()).hasSize(4);
    }

    @Test
    void namesAnUnknownMaterialSourceKind() throws IOException {
        editItem8(item -> ((ObjectNode) item.withArray("materials").get(0)).put("sourceKind", "the applicant"));
        assertThat(problems()).containsExactly(new CatalogProblem(directory.resolve(ANSHAN).toString(),
                "item 8 (个人参保证明查询打印（企业养老保险部分）)", "materials[0].sourceKind",
                "is \"the applicant\", not one of applicant, government, download, system, unit, office, other, unstated"));
    }

    @Test
    void namesAnUnknownField() throws IOException {
        editItem8(item -> item.put("colour", "blue"));
        CatalogProblem problem = single();
        assertThat(problem.file()).endsWith(ANSHAN);
        assertThat(problem.entry()).isEqualTo("items 8 (个人参保证明查询打印（企业养老保险部分）)");
        assertThat(problem.field()).isEqualTo("items[7].colour");
        assertThat(problem.message()).contains("Unrecognized field \"colour\"");
    }

    @Test
    void namesAMissingRequiredText() throws IOException {
        editItem8(item -> item.putNull("name"));
        assertThat(single()).satisfies(problem -> {
            assertThat(problem.entry()).isEqualTo("item 8 (null)");
            assertThat(problem.field()).isEqualTo("name");
            assertThat(problem.message()).isEqualTo("is missing");
        });
    }

    @Test
    void rejectsConversionDebrisLeftInText() throws IOException {
        editItem8(item -> item.put("tips", "请先拨打咨询电话[image: f68b85f45238a223c654b670efa3b6c]"));
        assertThat(single().message()).isEqualTo("contains conversion debris \"[image:\"");
    }

    @Test
    void rejectsSelfServiceWithoutItsBasis() throws IOException {
        editItem8(item -> ((ObjectNode) item.get("selfService")).putNull("basis"));
        assertThat(single()).satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("selfService.basis");
            assertThat(problem.message()).isEqualTo("is missing");
        });
    }

    @Test
    void rejectsAProhibitionThatNamesNoItemOfTheDocument() throws IOException {
        edit(ANSHAN, document -> ((ArrayNode) document.get("prohibitions").get(0).get("items")).set(0, "99"));
        assertThat(single()).satisfies(problem -> {
            assertThat(problem.entry()).isEqualTo("prohibition group 一、违规失业保险金申领");
            assertThat(problem.message()).isEqualTo("names no item of the document: 99");
        });
    }

    @Test
    void rejectsTwoItemsWithOneNumber() throws IOException {
        editItem8(item -> item.put("number", "7"));
        assertThat(problems()).extracting(CatalogProblem::message).contains("is used by another item");
    }

    @Test
    void reportsInvalidJsonWithItsLine() throws IOException {
        Path file = directory.resolve("002-haicheng.json");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
        assertThat(single()).satisfies(problem -> {
            assertThat(problem.file()).endsWith("002-haicheng.json");
            assertThat(problem.message()).startsWith("is not valid JSON:").contains(" at line ");
        });
    }

    @Test
    void reportsAMissingFile() throws IOException {
        Files.delete(directory.resolve("004-shandong.json"));
        assertThat(single()).satisfies(problem -> {
            assertThat(problem.file()).endsWith("004-shandong.json");
            assertThat(problem.message()).startsWith("cannot be read");
        });
    }

    @Test
    void reportsEveryProblemAtOnceAndReturnsNothing() throws IOException {
        editItem8(item -> item.putNull("name"));
        Files.delete(directory.resolve("004-shandong.json"));
        assertThat(problems()).hasSize(2);
    }

    private void editItem8(Consumer<ObjectNode> change) throws IOException {
        edit(ANSHAN, document -> change.accept((ObjectNode) document.get("items").get(ITEM_8)));
    }

    private void edit(String fileName, Consumer<ObjectNode> change) throws IOException {
        Path file = directory.resolve(fileName);
        ObjectNode document = (ObjectNode) json.readTree(file.toFile());
        change.accept(document);
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), document);
    }

    private Catalog read() throws InvalidCatalogException {
        return new CuratedCatalogReader().read(new DirectoryCatalogFiles(directory));
    }

    private CatalogProblem single() {
        List<CatalogProblem> problems = problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private List<CatalogProblem> problems() {
        InvalidCatalogException failure = (InvalidCatalogException) org.assertj.core.api.Assertions
                .catchThrowable(this::read);
        assertThat(failure).as("the read should fail").isNotNull();
        assertThat(failure.getMessage()).contains(failure.problems().get(0).toString());
        return failure.problems();
    }

    @Test
    void refusesAFileNameThatLeavesItsDirectory() {
        assertThatThrownBy(() -> new DirectoryCatalogFiles(directory).open("../outside.json"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
