package com.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.idcard.ForeignCardLayout;
import com.hallkiosk.device.idcard.TextField;
import com.hallkiosk.device.sscard.PinApdus;
import com.hallkiosk.device.sscard.ReadRecordAddressing;
import com.hallkiosk.device.sscard.ReaderSettings;
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
        assertThat(config.idCard().profile().timeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.idCard().settings("/dev/ttyUSB0").answerTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.idCard().profile().fingerprint()).isTrue();
        assertThat(config.idCard().foreignCardLayout()).as("the shipped profile spells out the default")
                .isEqualTo(ForeignCardLayout.VENDOR_SDK_ORDER);
        assertThat(config.socialSecurityCard().driver()).isEqualTo(DevicesConfig.Driver.REAL);
        assertThat(config.socialSecurityCard().settings().readerName()).isEmpty();
        assertThat(config.socialSecurityCard().settings().callTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.socialSecurityCard().settings().addressing()).isEqualTo(ReadRecordAddressing.BY_TAG);
        assertThat(config.socialSecurityCard().settings().pinApdus()).isEqualTo(PinApdus.defaults());
        assertThat(config.socialSecurityCard().profile().protocol()).isEqualTo("pcsc");
        assertThat(config.documentPrinter().driver()).isEqualTo(DevicesConfig.Driver.REAL);
        assertThat(config.documentPrinter().queue()).as("empty: CUPS's default queue").isEmpty();
    }

    @Test
    void theDocumentPrinterIsOffUnlessConfiguredAndTakesACupsQueueName() throws IOException, InvalidConfigException {
        write("idcard.driver=none\n");
        assertThat(loader.load(directory, Path.of("drivers")).documentPrinter().driver())
                .isEqualTo(DevicesConfig.Driver.NONE);
        write("idcard.driver=none\ndocument.driver=cups\ndocument.queue=HP_LaserJet_M404\n");
        DevicesConfig.DocumentPrinterSetup setup = loader.load(directory, Path.of("drivers")).documentPrinter();
        assertThat(setup.driver()).isEqualTo(DevicesConfig.Driver.REAL);
        assertThat(setup.settings().queue()).isEqualTo("HP_LaserJet_M404");

        write("idcard.driver=none\ndocument.driver=emulator\n");
        assertThatThrownBy(() -> loader.load(directory, Path.of("drivers")))
                .hasMessageEndingWith("document.driver \"emulator\" must be cups or none");
        write("idcard.driver=none\ndocument.driver=cups\ndocument.queue=HP LaserJet\n");
        assertThatThrownBy(() -> loader.load(directory, Path.of("drivers")))
                .hasMessageContaining("document.queue \"HP LaserJet\" is not a CUPS queue name");
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
        assertThat(new DevicesConfigLoader().load(directory, Path.of("drivers")).socialSecurityCard().settings()
                .readerName()).isEqualTo("Virtual PCD");
    }

    @Test
    void thePinCommandsAndTheAddressingComeFromTheModelsProfile() throws IOException, InvalidConfigException {
        Path drivers = directory.resolve("drivers");
        Files.createDirectories(drivers.resolve("sscard"));
        Files.createDirectories(drivers.resolve("idcard"));
        Files.copy(Path.of("drivers/idcard/generic-sam.properties"), drivers.resolve("idcard/generic-sam.properties"));
        Path profile = drivers.resolve("sscard/generic-pcsc.properties");
        write("idcard.driver=none\n");
        Files.writeString(profile, "protocol=pcsc\nreadRecord=by-short-file-id\npin.verify=00 20 00 01\n"
                + "pin.minDigits=4\ncallTimeoutMillis=4000\n");
        ReaderSettings settings = loader.load(directory, drivers).socialSecurityCard().settings();
        assertThat(settings.addressing()).isEqualTo(ReadRecordAddressing.BY_SHORT_FILE_ID);
        assertThat(settings.pinApdus()).isEqualTo(new PinApdus(0x00200001, 0x805E0100, 0xFF, 4, 6));
        assertThat(settings.callTimeout()).isEqualTo(Duration.ofSeconds(4));

        Files.writeString(profile, "protocol=pcsc\npin.change=80 5E 01\n");
        assertThatThrownBy(() -> loader.load(directory, drivers))
                .hasMessageContaining("generic-pcsc.properties: the pin.* commands are not valid: a command header is 4 bytes");
        Files.writeString(profile, "protocol=pcsc\nreadRecord=by-name\n");
        assertThatThrownBy(() -> loader.load(directory, drivers))
                .hasMessageEndingWith("readRecord \"by-name\" must be by-tag or by-short-file-id");
        Files.writeString(profile, "protocol=pcsc\ncallTimeoutMillis=0\n");
        assertThatThrownBy(() -> loader.load(directory, drivers)).hasMessageEndingWith("callTimeoutMillis must be more than 0");
    }

    @Test
    void theForeignCardLayoutCanBeCorrectedInTheProfileAndABadOneIsNamed() throws IOException, InvalidConfigException {
        Path drivers = directory.resolve("drivers");
        Files.createDirectories(drivers.resolve("idcard"));
        Files.createDirectories(drivers.resolve("sscard"));
        Files.copy(Path.of("drivers/sscard/generic-pcsc.properties"), drivers.resolve("sscard/generic-pcsc.properties"));
        Path profile = drivers.resolve("idcard/generic-sam.properties");
        write("idcard.driver=emulator\n");
        Files.writeString(profile, "protocol=gat467\nbaud=115200\nforeignCardLayout=chineseName 0+30, englishName 30+120,"
                + " gender 150+2, number 152+30, nationality 182+6, validFrom 188+16, validTo 204+16, birth 220+16,"
                + " authority 240+8\n");
        ForeignCardLayout layout = loader.load(directory, drivers).idCard().foreignCardLayout();
        assertThat(layout.chineseName()).isEqualTo(new TextField(0, 30));
        assertThat(layout.englishName()).isEqualTo(new TextField(30, 120));
        assertThat(loader.load(directory, drivers).idCard().settings("/dev/ttyUSB0").foreignCardLayout()).isEqualTo(layout);

        Files.writeString(profile, "protocol=gat467\nbaud=115200\nforeignCardLayout=englishName 0+120\n");
        assertThatThrownBy(() -> loader.load(directory, drivers))
                .hasMessageContaining("foreignCardLayout is not valid: it needs exactly the fields [englishName,");
        Files.writeString(profile, "protocol=gat467\nbaud=115200\nforeignCardLayout=englishName 0+120, gender 100+2,"
                + " number 122+30, nationality 152+6, chineseName 158+30, validFrom 188+16, validTo 204+16,"
                + " birth 220+16, authority 240+8\n");
        assertThatThrownBy(() -> loader.load(directory, drivers)).hasMessageContaining("fields overlap");
        Files.writeString(profile, "protocol=gat467\nbaud=115200\nforeignCardLayout=englishName at 0\n");
        assertThatThrownBy(() -> loader.load(directory, drivers))
                .hasMessageContaining("\"englishName at 0\" is not NAME OFFSET+LENGTH");
    }

    private void write(String text) throws IOException {
        Files.writeString(directory.resolve("devices.properties"), text, StandardCharsets.UTF_8);
    }
}
