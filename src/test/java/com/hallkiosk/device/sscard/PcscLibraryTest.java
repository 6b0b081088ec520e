package com.hallkiosk.device.sscard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcscLibraryTest {
    @Test
    void debiansMultiarchDirectoryIsSearchedFirst() {
        assertThat(PcscLibrary.candidates("amd64").get(0)).isEqualTo(Path.of("/usr/lib/x86_64-linux-gnu/libpcsclite.so.1"));
        assertThat(PcscLibrary.candidates("aarch64").get(0)).isEqualTo(Path.of("/usr/lib/aarch64-linux-gnu/libpcsclite.so.1"));
        assertThat(PcscLibrary.candidates("arm")).contains(Path.of("/usr/lib/arm-linux-gnueabihf/libpcsclite.so.1"));
        assertThat(PcscLibrary.candidates("sparc")).first().isEqualTo(Path.of("/usr/lib64/libpcsclite.so.1"));
    }

    @Test
    void theFirstCandidateThatExistsIsTheOne(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("a/libpcsclite.so.1");
        Path present = Files.createDirectories(dir.resolve("b")).resolve("libpcsclite.so.1");
        Path later = Files.createDirectories(dir.resolve("c")).resolve("libpcsclite.so.1");
        Files.createFile(present);
        Files.createFile(later);
        assertThat(PcscLibrary.find(List.of(missing, present, later))).contains(present);
        assertThat(PcscLibrary.find(List.of(missing))).isEmpty();
    }

    @Test
    void sunPcscIsPointedAtThisMachinesLibraryOnlyWhenTheUserHasNotChosenOne() {
        String before = System.getProperty(PcscLibrary.SUN_PCSC_LIBRARY);
        try {
            System.setProperty(PcscLibrary.SUN_PCSC_LIBRARY, "/opt/own/libpcsclite.so.1");
            assertThat(PcscLibrary.configureSunPcsc()).contains(Path.of("/opt/own/libpcsclite.so.1"));
            assertThat(System.getProperty(PcscLibrary.SUN_PCSC_LIBRARY)).isEqualTo("/opt/own/libpcsclite.so.1");

            System.clearProperty(PcscLibrary.SUN_PCSC_LIBRARY);
            RequiredServices.require(PcscLibrary.find().isPresent(), "libpcsclite is not installed (Debian: libpcsclite1)");
            Path found = PcscLibrary.configureSunPcsc().orElseThrow();
            assertThat(found.getFileName().toString()).startsWith("libpcsclite.so");
            assertThat(System.getProperty(PcscLibrary.SUN_PCSC_LIBRARY)).isEqualTo(found.toString());
        } finally {
            if (before == null) {
                System.clearProperty(PcscLibrary.SUN_PCSC_LIBRARY);
            } else {
                System.setProperty(PcscLibrary.SUN_PCSC_LIBRARY, before);
            }
        }
    }
}
