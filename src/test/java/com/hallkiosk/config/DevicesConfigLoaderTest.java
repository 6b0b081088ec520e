package com.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevicesConfigLoaderTest {
    private final DevicesConfigLoader loader = new DevicesConfigLoader();

    @TempDir
    Path directory;

    @Test
    void readsTheShippedConfigurationAndProfiles() throws InvalidConfigException {
        DevicesConfig config = loader.load(Path.of("kiosk-config"), Path.of("drivers"));
        assertThat(config.idCard().driver()).isEqualTo(DevicesConfig.Driver.REAL);
        assertThat(config.idCard().baud()).isEqualTo(115200);
        assertThat(config.idCard().profile().bauds()).containsExactly(115200, 57600, 38400, 19200, 9600);
        assertThat(config.idCard().profile().timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.idCard().profile().fingerprint()).isTrue();
        assertThat(config.socialSecurityCard().driver()).isEqualTo(DevicesConfig.Driver.REAL);
        assertThat(config.socialSecurityCard().readerName()).isEmpty();
        assertThat(config.socialSecurityCard().profile().protocol()).isEqualTo("pcsc");
    }

    @Test
    void namesABaudTheModelCannotDo() throws IOException {
        write("idcard.port=/dev/ttyUSB0\nidcard.baud=4800\n");
        assertThatThrownBy(() -> loader.load(directory, Path.of("drivers")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageEndingWith("idcard.baud 4800 is not a rate the generic-sam model supports [115200, 57600, 38400, 19200, 9600]");
    }

    @Test
    void namesAnUnknownDriverAndAMissingModel() throws IOException {
        write("idcard.driver=usb\n");
        assertThatThrownBy(() -> loader.load(directory, Path.of("drivers")))
                .hasMessageEndingWith("idcard.driver \"usb\" must be gat467, emulator or none");
        write("idcard.driver=none\nsscard.model=acr-999\n");
        assertThatThrownBy(() -> loader.load(directory, Path.of("drivers")))
                .hasMessageContaining(Path.of("drivers", "sscard", "acr-999.properties") + " does not exist");
    }

    @Test
    void aRealReaderNeedsAPort() throws IOException, InvalidConfigException {
        write("idcard.driver=gat467\n");
        assertThatThrownBy(() -> loader.load(directory, Path.of("drivers"))).hasMessageContaining("idcard.port is missing");
        write("idcard.driver=emulator\nsscard.reader=Virtual PCD\n");
        assertThat(new DevicesConfigLoader().load(directory, Path.of("drivers")).socialSecurityCard().readerName())
                .contains("Virtual PCD");
    }

    private void write(String text) throws IOException {
        Files.writeString(directory.resolve("devices.properties"), text, StandardCharsets.UTF_8);
    }
}
