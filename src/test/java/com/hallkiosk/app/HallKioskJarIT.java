package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.hallkiosk.device.sscard.PcscdProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as the README runs it: its manifest, its bundled migrations, catalog and logging. */
class HallKioskJarIT {
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path directory;

    private record Result(int exitCode, String out, String err) {
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        return java(java.util.Map.of(), args);
    }

    private static Result java(java.util.Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("hallkiosk.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theDemoRunsFromTheJar() throws Exception {
        Result result = java("demo", "--no-window", "--data-dir", directory.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("schema version 2", "鞍山市铁东区", "社会保障卡挂失与解挂");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theDemoOpensTheKioskWindowFromTheJar() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(java.awt.GraphicsEnvironment.isHeadless()
                && !Boolean.getBoolean("hallkiosk.ui.required"), "no display; scripts/test provides one");
        Result result = java("demo", "--windowed", "--exit-when-painted", "--data-dir", directory.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("home screen painted \\d+ ms after the JVM started");
    }

    /**
     * The launch picture: a first start keeps the home screen's picture in the user's cache, the second shows
     * it before the live home, and a change to kiosk-config keeps a stale picture off the screen.
     */
    @Test
    void theSecondStartShowsTheHomeScreensPictureFirstUnlessTheConfigurationChanged() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(java.awt.GraphicsEnvironment.isHeadless()
                && !Boolean.getBoolean("hallkiosk.ui.required"), "no display; scripts/test provides one");
        Path config = directory.resolve("kiosk-config");
        java.nio.file.Files.createDirectories(config);
        try (var files = java.nio.file.Files.list(Path.of("kiosk-config"))) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                java.nio.file.Files.copy(file, config.resolve(file.getFileName()));
            }
        }
        java.util.Map<String, String> cache = java.util.Map.of("XDG_CACHE_HOME", directory.resolve("cache").toString());
        String[] demo = {"demo", "--windowed", "--exit-when-painted", "--config", config.toString(), "--data-dir",
            directory.resolve("data").toString()};

        Result first = java(cache, demo);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("home screen painted").doesNotContain("home snapshot painted");
        assertThat(directory.resolve("cache/hall-kiosk/home-snapshot.bin")).isRegularFile();

        Result second = java(cache, demo);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("home snapshot painted", "home screen painted");
        assertThat(second.out().indexOf("home snapshot painted")).isLessThan(second.out().indexOf("home screen painted"));

        java.nio.file.Files.writeString(config.resolve("kiosk.properties"), "\n# changed by a technician\n",
                java.nio.file.StandardOpenOption.APPEND);
        Result changed = java(cache, demo);
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(changed.out()).as("a picture of the old configuration").contains("home screen painted")
                .doesNotContain("home snapshot painted");
    }

    @Test
    void theJarExportsAndSearchesItsOwnCatalog() throws Exception {
        Result export = java("catalog", "export", "--region", "shandong", "--format", "json");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("\"id\" : \"shandong-26\"", "7天后自动解挂");
        Result search = java("catalog", "search", "--region", "shandong", "sbk");
        assertThat(search.out()).contains("shandong-25", "社保卡");
    }

    /**
     * Here, in a JVM of its own, because stopping a pcscd under the unit tests' JVM would leave the
     * JDK's SunPCSC there with a dead context (see PcscdProcess). The unit tests' pcscd is gone by now.
     */
    @Test
    void theDoctorSaysToStartPcscdWhenItIsNotRunning() throws Exception {
        assumeFalse(PcscdProcess.isRunning(), "a pcscd is running; this checks the message for when none is");
        Result readers = java("doctor", "readers");
        assertThat(readers.exitCode()).isEqualTo(4);
        assertThat(readers.err()).contains("pcscd not running", "请检查 check:", "systemctl start pcscd");
        Result health = java("doctor", "health");
        assertThat(health.exitCode()).isEqualTo(4);
        assertThat(health.out()).contains("社保卡 sscard", "pcsc", "离线 OFFLINE", "pcscd not running");
    }

    /** The templates, the font and the seal configuration come from the jar and kiosk-config as a technician runs it. */
    @Test
    void theJarRendersASampleCertificate() throws Exception {
        Path pdf = directory.resolve("personal.pdf");
        Result result = java("certificate", "sample", "--type", "personal-contribution", "--out", pdf.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("personal-contribution, 1 page", "PDF/A-2b");
        assertThat(result.err()).isEmpty();
        assertThat(java.nio.file.Files.size(pdf)).isBetween(10_000L, 40_000L);
    }

    /** The benchmark starts fresh JVMs on the jar's own class path; a few rounds show that it runs and reports. */
    @Test
    void theJarBenchmarksCertificates() throws Exception {
        Result result = java("bench", "certificate", "--rounds", "3", "--first-runs", "1", "--work",
                directory.resolve("work").toString());
        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        assertThat(result.out()).contains("| figure | default JVM | kiosk options | kiosk options + AppCDS | goal |",
                "| first certificate, font subset: median of 1 fresh JVMs", "| warm render, font subset: median of 3",
                "with the whole font (goal ≤ 40 KB)", "| personal-contribution, a record since 1990 | 2 |",
                result.exitCode() == 0 ? "Within the goals" : "NOT within the goals");
        assertThat(directory.resolve("work/certificate.jsa")).exists();
    }

    @Test
    void theJarSaysWhatIsNotBuiltYet() throws Exception {
        Result result = java("kiosk");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("the kiosk window on a terminal is not built yet");
    }
}
