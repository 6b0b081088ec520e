package com.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskConfigLoaderTest {
    private final KioskConfigLoader loader = new KioskConfigLoader(List.of("anshan-tiedong", "fushun"));

    @TempDir
    Path directory;

    @Test
    void readsTheShippedConfiguration() throws InvalidConfigException {
        KioskConfig config = loader.load(Path.of("kiosk-config"));
        assertThat(config.kioskId()).isEqualTo("demo-0001");
        assertThat(config.regionId()).isEqualTo("anshan-tiedong");
        assertThat(config.hallName()).isEqualTo("铁东区人力资源和社会保障服务中心");
        assertThat(config.dataDirectory()).isEqualTo(Path.of("data"));
    }

    @Test
    void namesTheFileAndKeyOfAnUnknownRegion() throws IOException {
        write("kiosk.region=beijing\nhall.name=大厅\n");
        assertThatThrownBy(() -> loader.load(directory))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage(directory.resolve("kiosk.properties") + ": kiosk.region \"beijing\" is not a region of"
                        + " the catalog (anshan-tiedong, fushun)");
    }

    @Test
    void namesAMissingKey() throws IOException {
        write("kiosk.region=fushun\n");
        assertThatThrownBy(() -> loader.load(directory)).hasMessageEndingWith(": hall.name is missing");
    }

    @Test
    void rejectsAKioskIdThatCannotBeSentAnywhere() throws IOException {
        write("kiosk.id=kiosk 1/2\nkiosk.region=fushun\nhall.name=大厅\n");
        assertThatThrownBy(() -> loader.load(directory)).hasMessageContaining("kiosk.id \"kiosk 1/2\" must be");
    }

    @Test
    void saysWhenTheFileIsMissing() {
        assertThatThrownBy(() -> loader.load(directory)).hasMessageContaining("does not exist");
    }

    private void write(String properties) throws IOException {
        Files.writeString(directory.resolve("kiosk.properties"), properties, StandardCharsets.UTF_8);
    }
}
