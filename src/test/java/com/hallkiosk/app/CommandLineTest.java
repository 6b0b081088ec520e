package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a person uses it: output, messages and exit codes. */
class CommandLineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    private static CommandRun run(String... args) {
        return CommandRun.of(CLOCK, args);
    }

    @Test
    void exportsEveryRegionWithTheDocumentedShape() throws IOException {
        CommandRun run = run("catalog", "export", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode export = new ObjectMapper().readTree(run.out());
        assertThat(export.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(export.get("regions")).extracting(r -> r.get("id").asText())
                .containsExactly("anshan-tiedong", "fushun", "haicheng", "shandong");
        for (JsonNode region : export.get("regions")) {
            assertHasKeys(region, "id", "name", "sources", "offices", "items", "packages");
            region.get("offices").forEach(office -> assertHasKeys(office, "name", "address", "phones"));
            for (JsonNode item : region.get("items")) {
                assertHasKeys(item, "id", "number", "category", "name", "conditions", "materials", "channels",
                        "timeLimit", "tips", "phones", "notes", "selfService", "prohibitions", "tolerances",
                        "sourceRef");
                item.get("materials").forEach(m -> assertHasKeys(m, "name", "source", "note"));
                item.get("channels").forEach(c -> assertHasKeys(c, "kind", "where", "timeLimit"));
                item.get("prohibitions").forEach(p -> assertHasKeys(p, "situation"));
                item.get("tolerances").forEach(t -> assertHasKeys(t, "material", "how", "source", "deadlineWorkingDays"));
                assertHasKeys(item.get("sourceRef"), "document", "number");
            }
            for (JsonNode servicePackage : region.get("packages")) {
                assertHasKeys(servicePackage, "name", "scope", "audience", "location", "materials", "procedure");
            }
        }
    }

    private static void assertHasKeys(JsonNode node, String... keys) {
        for (String key : keys) {
            assertThat(node.has(key)).as("%s has %s", node.path("id").asText(node.toString().substring(0, 40)), key).isTrue();
        }
    }

    @Test
    void exportsOneRegion() throws IOException {
        CommandRun run = run("catalog", "export", "--region", "fushun", "--format", "json");
        JsonNode regions = new ObjectMapper().readTree(run.out()).get("regions");
        assertThat(regions).hasSize(1);
        assertThat(regions.get(0).get("items")).hasSize(54);
        assertThat(regions.get(0).get("packages")).hasSize(10);
        assertThat(regions.get(0).get("offices")).hasSize(26);
    }

    @Test
    void anImportedDatabaseExportsTheSameCatalogAsTheJar() {
        Path database = directory.resolve("catalog.db");
        CommandRun imported = run("catalog", "import", "--db", database.toString());
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("schema version 2", "anshan-tiedong", "29");
        assertThat(run("catalog", "export", "--format", "json", "--db", database.toString()).out())
                .isEqualTo(run("catalog", "export", "--format", "json").out());
    }

    @Test
    void searchesARegion() {
        CommandRun run = run("catalog", "search", "--region", "fushun", "--limit", "1", "guashi");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("2 match(es) for \"guashi\" in 抚顺市 (fushun), best 1 shown")
                .contains("  1. fushun-38", "社保卡【挂失】与解挂").doesNotContain("fushun-package-10");
    }

    @Test
    void badInputGetsAClearMessageAndExitCode2() {
        assertFails(run("catalog", "export", "--region", "beijing", "--format", "json"), 2,
                "unknown region \"beijing\"; the regions are anshan-tiedong, fushun, haicheng, shandong");
        assertFails(run("catalog", "search", "--region", "beijing", "sbk"), 2, "unknown region \"beijing\"");
        assertFails(run("catalog", "search", "--region", "fushun"), 2, "the query is empty");
        assertFails(run("catalog", "search", "--region", "fushun", "  "), 2, "the query is empty");
        assertFails(run("catalog", "export", "--format", "xml"), 2, "Invalid value for option '--format'");
        assertFails(run("catalog", "export"), 2, "Missing required option: '--format=FORMAT'");
        assertFails(run("catalog", "export", "--format", "json", "--db", directory.resolve("none.db").toString()),
                2, "no catalog database at");
    }

    @Test
    void argumentsMangledByANonUtf8LocaleAreRefusedNotSearched() {
        assertFails(run("catalog", "search", "--region", "haicheng", "\uFFFD\uFFFD\uFFFD"), 2,
                "run it in a UTF-8 locale");
    }

    @Test
    void anUnreadableDataFileGetsAClearMessageAndExitCode1() {
        CommandRun run = run("catalog", "validate", "--from", directory.resolve("missing").toString());
        assertFails(run, 1, "regions.json: cannot be read");
    }

    @Test
    void commandsNotBuiltYetSaySoAndExitWith3() {
        for (List<String> command : List.of(List.of("kiosk"))) {
            CommandRun run = run(command.toArray(String[]::new));
            assertThat(run.exitCode()).as(command.toString()).isEqualTo(3);
            assertThat(run.err()).contains("is not built yet", "Nothing was done.");
        }
    }

    @Test
    void centralWithAMalformedDatabaseUrlSaysTheExpectedFormAndExitsWith2() {
        CommandRun run = run("central", "--port", "0", "--pki", directory.resolve("pki").toString(),
                "--db", "postgresql://user:pw@localhost:5432/");
        assertFails(run, 2, "postgresql://user:password@host:port/database");
        assertThat(directory.resolve("pki/ca.pem")).as("the demo CA is made before the database is opened").exists();
    }

    @Test
    void certificateSampleWritesAPdfAndSaysWhatItIs() throws IOException {
        Path pdf = directory.resolve("unit.pdf");
        CommandRun run = run("certificate", "sample", "--type", "unit", "--out", pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + pdf + ": unit, 1 page, ", "KB, PDF/A-2b",
                "Certificate number DW-20261122-160000-", "QR code: https://verify.hallkiosk.example/verify/DW-20261122-160000-")
                .doesNotContain("the font lacks");
        byte[] bytes = java.nio.file.Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7");
    }

    @Test
    void certificateSampleReportsCharactersTheFontLacks() {
        CommandRun run = run("certificate", "sample", "--type", "pension-receipt", "--name", "王𠀀",
                "--out", directory.resolve("p.pdf").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 character(s) the font lacks, printed as 〓: [U+20000 in holderName]")
                .doesNotContain("王𠀀");
    }

    @Test
    void certificateSampleNamesWhatIsWrong() {
        assertFails(run("certificate", "sample", "--type", "payslip", "--out", directory.resolve("x.pdf").toString()), 2,
                "no certificate type \"payslip\"; the types are personal-contribution, rights-record, pension-receipt, unit");
        assertFails(run("certificate", "sample", "--type", "unit"), 2, "--out");
        assertFails(run("certificate", "sample", "--type", "unit", "--out", directory.resolve("no/such/x.pdf").toString()), 2,
                "its folder does not exist");
        assertFails(run("certificate", "sample", "--type", "unit", "--out", directory.resolve("x.pdf").toString(),
                "--config", directory.toString()), 1, "kiosk.properties does not exist");
    }

    @Test
    void doctorPortsShowsTheConfiguredPortAsMissing() throws java.io.IOException {
        java.nio.file.Files.writeString(directory.resolve("devices.properties"),
                "idcard.port=/dev/serial/by-id/usb-missing-reader\n", StandardCharsets.UTF_8);
        CommandRun run = run("doctor", "ports", "--config", directory.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("端口 Port", "/dev/serial/by-id/usb-missing-reader *", "configured, missing");
    }

    @Test
    void theDemoBuildsTheCatalogDatabaseAndSaysWhereItIs() {
        CommandRun run = run("demo", "--no-window", "--data-dir", directory.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Catalog database: " + directory.resolve("catalog.db").toAbsolutePath(),
                "anshan-tiedong", "sbk", "社会保障卡挂失与解挂");
        assertThat(directory.resolve("catalog.db")).exists();
    }

    @Test
    void theDemoNamesABadConfiguration() {
        assertFails(run("demo", "--no-window", "--config", directory.toString(), "--data-dir", directory.toString()), 1,
                "kiosk.properties does not exist");
    }

    @Test
    void validatesTheCuratedFolder() {
        CommandRun run = run("catalog", "validate", "--from", "src/main/resources/catalog");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("fushun", "54 items", "26 offices", "10 packages");
    }

    @Test
    void helpListsEveryCommand() {
        CommandRun run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("demo", "catalog", "bench", "kiosk", "central", "doctor", "certificate");
    }

    private static void assertFails(CommandRun run, int exitCode, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).contains(message);
    }
}
