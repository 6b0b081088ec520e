package com.hallkiosk.certificate.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.certificate.CertificateType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLoaderTest {
    private static final Path SHIPPED = Path.of("src/main/resources/certificates");

    @TempDir
    Path directory;

    @Test
    void theShippedTemplatesLoadForEveryType() {
        Templates templates = TemplateLoader.shipped().load();
        assertThat(templates.byType()).containsOnlyKeys(CertificateType.values());
        assertThat(templates.of(CertificateType.PERSONAL_CONTRIBUTION).title()).isEqualTo("社会保险个人参保证明");
        assertThat(templates.of(CertificateType.RIGHTS_RECORD).title()).isEqualTo("社会保险个人权益记录单");
        assertThat(templates.of(CertificateType.PENSION_RECEIPT).title()).isEqualTo("职工养老待遇领取证明");
        assertThat(templates.of(CertificateType.UNIT).title()).isEqualTo("社会保险单位参保证明");
    }

    /** A template's seed passages are the ground truth for the certificate: each must be in its seed, word for word. */
    @Test
    void everySeedPassageIsQuotedWordForWord() throws IOException {
        for (CertificateTemplate template : TemplateLoader.shipped().load().byType().values()) {
            for (CertificateTemplate.SeedPassage seed : template.seeds()) {
                try (InputStream in = TemplateLoaderTest.class.getResourceAsStream("/seeds/" + seed.document())) {
                    assertThat(in).as("seed %s of %s", seed.document(), template.type()).isNotNull();
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(text).as("%s quotes %s", template.type(), seed.document()).contains(seed.quote());
                }
            }
        }
    }

    @Test
    void aFieldTheDataDoesNotGiveIsNamedWithFileLineAndPlace() throws IOException {
        copyShipped();
        edit("personal-contribution.json", "{cumulativeMonths}", "{totalMonths}");
        assertFails("personal-contribution.json", "blocks[3].columns[3].value", "{totalMonths} is not a value here");
    }

    @Test
    void aMisspeltFieldIsAnErrorNotIgnored() throws IOException {
        copyShipped();
        edit("unit.json", "\"emptyText\"", "\"emptyTekst\"");
        assertFails("unit.json", "blocks[2]", "unknown field \"emptyTekst\"");
    }

    @Test
    void aTableMustNameATableOfItsData() throws IOException {
        copyShipped();
        edit("pension-receipt.json", "\"rows\": \"years\"", "\"rows\": \"insurances\"");
        assertFails("pension-receipt.json", "blocks[3].rows", "\"insurances\" is not a table of the pension-receipt data [years]");
    }

    @Test
    void aConditionMustBeOneTheDataHas() throws IOException {
        copyShipped();
        edit("unit.json", "\"when\": \"inArrears\"", "\"when\": \"bankrupt\"");
        assertFails("unit.json", "blocks[3].when", "\"bankrupt\" is not a condition of the unit data [inArrears]");
    }

    @Test
    void aStyleMustBeOneOfTheFrame() throws IOException {
        copyShipped();
        edit("rights-record.json", "\"style\": \"small\"", "\"style\": \"tiny\"");
        assertFails("rights-record.json", "blocks[5].style", "\"tiny\" is not a style of page.json");
    }

    @Test
    void theFooterMayNumberPagesButTheBodyMayNot() throws IOException {
        copyShipped();
        edit("unit.json", "特此证明。", "第{page}页");
        assertFails("unit.json", "blocks[4].text", "{page} is not a value here");
    }

    @Test
    void groupsMustNotOverlap() throws IOException {
        copyShipped();
        edit("personal-contribution.json", "\"from\": 3, \"to\": 14}]", "\"from\": 3, \"to\": 14}, {\"header\": \"x\", \"from\": 10, \"to\": 12}]");
        assertFails("personal-contribution.json", "blocks[5].groups[1]", "without overlap");
    }

    @Test
    void aFileForAnotherTypeIsRefused() throws IOException {
        copyShipped();
        edit("unit.json", "\"type\": \"unit\"", "\"type\": \"rights-record\"");
        assertFails("unit.json", "type", "but the file is for unit");
    }

    @Test
    void brokenJsonIsReportedWithItsLine() throws IOException {
        copyShipped();
        edit("page.json", "\"qrSize\": 64,", "\"qrSize\": 64");
        assertFails("page.json", "(line 18", "not valid JSON");
    }

    @Test
    void aMissingTemplateIsNamed() throws IOException {
        copyShipped();
        Files.delete(directory.resolve("rights-record.json"));
        assertFails("rights-record.json", "cannot be read", "");
    }

    @Test
    void aTemplateMustSayWhichSeedsAllowIt() throws IOException {
        copyShipped();
        String unit = Files.readString(directory.resolve("unit.json"), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("unit.json"), unit.replaceFirst("(?s)\"seeds\": \\[.*?\\],\\s*\"design\"",
                "\"seeds\": [], \"design\""), StandardCharsets.UTF_8);
        assertFails("unit.json", "seeds", "quote the seed passages");
    }

    private void copyShipped() throws IOException {
        try (var files = Files.list(SHIPPED)) {
            for (Path file : files.toList()) {
                Files.copy(file, directory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(TemplateLoader.from(directory).load().byType()).hasSize(CertificateType.values().length);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = directory.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).as("%s holds %s", file, from).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private void assertFails(String file, String place, String message) {
        assertThatThrownBy(() -> TemplateLoader.from(directory).load()).isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining(directory.resolve(file).toString())
                .hasMessageContaining(place)
                .hasMessageContaining(message);
    }
}
