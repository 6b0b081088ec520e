package com.hallkiosk.app;

import com.hallkiosk.config.DevicesConfig;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.device.idcard.IdCardReader;
import com.hallkiosk.device.idcard.emulator.ScriptedCards;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code doctor idcard}: reads one ID card through the module, the way the kiosk does, and shows it
 * masked: numbers keep their first 6 and last 4, names their first character, addresses their district.
 */
@Command(name = "idcard", mixinStandardHelpOptions = true,
        description = "Read one ID card (居民身份证, 外国人永久居留身份证, 港澳台居民居住证) and show it masked.")
final class DoctorIdCardCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PATH",
            description = "The serial port (default: as kiosk-config says: idcard.port, or the emulator).")
    String port;

    @Option(names = "--baud", paramLabel = "N", description = "The baud rate (default: the configured or the model's).")
    Integer baud;

    @Mixin
    CardReadOptions readOptions;

    @Mixin
    DeviceConfigOptions configOptions;

    private final Wiring wiring;

    DoctorIdCardCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidConfigException, InterruptedException, java.io.IOException {
        DevicesConfig.IdCardSetup configured = configOptions.load().idCard();
        if (baud != null && !configured.profile().supportedBauds().contains(baud)) {
            throw new UserError("--baud " + baud + " is not a rate the " + configured.profile().model()
                    + " model supports " + configured.profile().supportedBauds(), ExitCodes.BAD_INPUT);
        }
        DevicesConfig.IdCardSetup setup = configured.on(port != null ? DevicesConfig.Driver.REAL : configured.driver(),
                port != null ? port : configured.port(), baud != null ? baud : configured.baud());
        try (ConfiguredDevices devices = wiring.devices()) {
            IdCardReader reader = devices.idCardReader(setup);
            // With the emulator configured, the module holds its scripted resident card, as if one were placed.
            devices.idCardModule().ifPresent(module -> module.place(ScriptedCards.resident()));
            DeviceCalls.await(reader.open());
            DeviceCalls.await(reader.enable());
            IdCard card = DeviceCalls.whenPresented(reader::read, readOptions.waitTime(),
                    () -> prompt("请放置证件 Place the card on the reader …"),
                    "没有检测到证件 no card was placed within " + readOptions.waitSeconds + " s"
                            + "\n  请检查 check: place the card flat on the reader's marked area");
            report(card).print(wiring.out(), readOptions.json);
            return ExitCodes.OK;
        }
    }

    private void prompt(String text) {
        if (!readOptions.json) {
            wiring.err().println(text);
        }
    }

    private static DoctorReport report(IdCard card) {
        return new DoctorReport()
                .add("cardType", "证件类型 Card type", card.type().name())
                .add("name", "姓名 Name", PersonalDataMasking.name(card.name()))
                .add("gender", "性别 Gender", card.gender().label())
                .add("nation", "民族 Nation", card.nation())
                .add("birth", "出生 Birth", date(card.birth()))
                .add("address", "住址 Address", PersonalDataMasking.address(card.address()))
                .add("idNumber", "公民身份号码 ID number", PersonalDataMasking.idNumber(card.idNumber()))
                .add("issuer", "签发机关 Issuer", card.issuer())
                .add("validFrom", "有效期起 Valid from", date(card.validFrom()))
                .add("validTo", "有效期止 Valid to", card.validTo().map(DoctorIdCardCommand::date).orElse("长期"));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
