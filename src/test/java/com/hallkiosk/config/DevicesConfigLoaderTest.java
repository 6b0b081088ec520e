package com.hallkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.device.idcard.ForeignCardLayout;
import com.hallkiosk.device.idcard.TextField;
import com.hallkiosk.device.receipt.SampleReceipts;
import com.hallkiosk.device.receipt.emulator.EmulatedReceiptPrinter;
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
        assertThat(config.receipt().driver()).isEqualTo(DevicesConfig.Driver.REAL);
        assertThat(config.receipt().port()).isEqualTo("/dev/ttyUSB1");
        assertThat(config.receipt().baud()).isEqualTo(115200);
        assertThat(config.receipt().model().profile().protocol()).isEqualTo("escpos");
        assertThat(config.receipt().settings("/dev/ttyUSB1").statusTimeout()).isEqualTo(Duration.ofSeconds(1));
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
    void theShippedReceiptProfilesAreTheModelsTheEmulatorAndTheTestsUse() throws InvalidConfigException {
        assertThat(loader.receiptModel(Path.of("drivers"), "generic-80mm").printer())
                .isEqualTo(EmulatedReceiptPrinter.GENERIC_80MM);
        DevicesConfig.ReceiptModel small = loader.receiptModel(Path.of("drivers"), "generic-58mm");
        assertThat(small.printer()).isEqualTo(SampleReceipts.GENERIC_58MM);
        assertThat(small.profile().baud()).isEqualTo(9600);
    }

    @Test
    void aPinPadIsTheOnScreenKeypadUnlessConfiguredAndNeedsAPortAndASupportedBaud() throws IOException, InvalidConfigException {
        write("idcard.driver=none\n");
        assertThat(loader.load(directory, Path.of("drivers")).pinPad().driver()).isEqualTo(DevicesConfig.Driver.NONE);
        write("idcard.driver=none\npinpad.driver=szzt\n");
        assertThatThrownBy(() -> loader.load(directory, Path.of("drivers"))).hasMessageContaining("pinpad.port is missing");
        write("idcard.driver=none\npinpad.driver=szzt\npinpad.port=/dev/ttyS3\npinpad.baud=300\n");
        assertThatThrownBy(() -> loader.load(directory, Path.of("drivers"))).hasMessageContaining("pinpad.baud 300 is not a rate");
        write("idcard.driver=none\npinpad.driver=emulator\n");
        DevicesConfig.PinPadSetup setup = loader.load(directory, Path.of("drivers")).pinPad();
        assertThat(setup.driver()).isEqualTo(DevicesConfig.Driver.EMULATOR);
        assertThat(setup.profile().protocol()).isEqualTo("szzt");
        assertThat(setup.settings("/dev/ttyS3").baud()).as("the model's default").isEqualTo(9600);
        assertThat(setup.settings("/dev/ttyS3").commandTimeout()).isEqualTo(Duration.ofSeconds(1));
        write("idcard.driver=none\npinpad.driver=usb\n");
        assertThatThrownBy(() -> loader.load(directory, Path.of("drivers")))
                .hasMessageEndingWith("pinpad.driver \"usb\" must be szzt, emulator or none");
    }

    @Test
    void theCameraIsOffUnlessConfiguredAndItsRealDriverIsRefusedInWords() throws IOException, InvalidConfigException {
        write("idcard.driver=none\n");
        assertThat(loader.load(directory, Path.of("drivers")).camera().driver()).isEqualTo(DevicesConfig.Driver.NONE);
        write("idcard.driver=none\ncamera.driver=emulator\n");
        assertThat(loader.load(directory, Path.of("drivers")).camera().driver()).isEqualTo(DevicesConfig.Driver.EMULATOR);
        write("idcard.driver=none\ncamera.driver=v4l2\n");
        assertThatThrownBy(() -> loader.load(directory, Path.of("drivers")))
                .hasMessageContaining("camera.driver v4l2: this version has no real camera driver")
                .hasMessageContaining("drivers/camera/README.md");
        write("idcard.driver=none\ncamera.driver=webcam\n");
        assertThatThrownBy(() -> loader.load(directory, Path.of("drivers")))
                .hasMessageEndingWith("camera.driver \"webcam\" must be v4l2, emulator or none");
    }

    @Test
    void aReceiptPrinterIsOffUnlessConfiguredAndNeedsAPortAndASupportedBaud() throws IOException, InvalidConfigException {
        write("idcard.driver=none\n");
        assertThat(loader.load(directory, Path.of("drivers")).receipt().driver()).isEqualTo(DevicesConfig.Driver.NONE);
        write("idcard.driver=none\nreceipt.driver=escpos\n");
        assertThatThrownBy(() -> loader.load(directory, Path.of("drivers"))).hasMessageContaining("receipt.port is missing");
        write("idcard.driver=none\nreceipt.driver=emulator\nreceipt.model=generic-58mm\nreceipt.baud=4800\n");
        assertThatThrownBy(() -> loader.load(directory, Path.of("drivers")))
                .hasMessageEndingWith("receipt.baud 4800 is not a rate the generic-58mm model supports"
                        + " [115200, 57600, 38400, 19200, 9600]");
        write("idcard.driver=none\nreceipt.driver=emulator\nreceipt.model=generic-58mm\n");
        DevicesConfig.ReceiptSetup setup = loader.load(directory, Path.of("drivers")).receipt();
        assertThat(setup.baud()).as("the model's default").isEqualTo(9600);
        assertThat(setup.settings("/dev/ttyS0").model().paperDots()).isEqualTo(384);
        write("idcard.driver=none\nreceipt.driver=usb\n");
        assertThatThrownBy(() -> loader.load(directory, Path.of("drivers")))
                .hasMessageEndingWith("receipt.driver \"usb\" must be escpos, emulator or none");
    }

    @Test
    void aBadReceiptProfileValueIsNamed() throws IOException {
        Path drivers = directory.resolve("drivers");
        Files.createDirectories(drivers.resolve("receipt"));
        Path profile = drivers.resolve("receipt/odd.properties");
        Files.writeString(profile, "protocol=escpos\nbaud=9600\ncharacters=big5\n");
        assertThatThrownBy(() -> loader.receiptModel(drivers, "odd"))
                .hasMessageEndingWith("characters \"big5\" must be one of [gb2312, gbk, gb18030]");
        Files.writeString(profile, "protocol=escpos\nbaud=9600\ncut=feed-half\n");
        assertThatThrownBy(() -> loader.receiptModel(drivers, "odd"))
                .hasMessageEndingWith("cut \"feed-half\" must be one of [feed-partial, feed-full, partial, full, none]");
        Files.writeString(profile, "protocol=escpos\nbaud=9600\npaperDots=380\n");
        assertThatThrownBy(() -> loader.receiptModel(drivers, "odd")).hasMessageContaining("odd.properties: the paper's width"
                + " is a multiple of 8 dots");
        Files.writeString(profile, "protocol=escpos\nbaud=9600\nstatusTimeoutMillis=0\n");
        assertThatThrownBy(() -> loader.receiptModel(drivers, "odd")).hasMessageEndingWith("statusTimeoutMillis must be more than 0");
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
        copyReceiptProfile(drivers);
        copyPinPadProfile(drivers);
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
        copyReceiptProfile(drivers);
        copyPinPadProfile(drivers);
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

    private static void copyReceiptProfile(Path drivers) throws IOException {
        Files.createDirectories(drivers.resolve("receipt"));
        Files.copy(Path.of("drivers/receipt/generic-80mm.properties"), drivers.resolve("receipt/generic-80mm.properties"));
    }

    private static void copyPinPadProfile(Path drivers) throws IOException {
        Files.createDirectories(drivers.resolve("pinpad"));
        Files.copy(Path.of("drivers/pinpad/szzt-zt588.properties"), drivers.resolve("pinpad/szzt-zt588.properties"));
    }

    private void write(String text) throws IOException {
        Files.writeString(directory.resolve("devices.properties"), text, StandardCharsets.UTF_8);
    }
}
