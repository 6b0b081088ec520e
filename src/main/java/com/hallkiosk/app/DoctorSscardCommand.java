package com.hallkiosk.app;

import com.hallkiosk.config.DevicesConfig;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.device.sscard.ReaderSettings;
import com.hallkiosk.device.sscard.SocialSecurityCard;
import com.hallkiosk.device.sscard.SocialSecurityCardReader;
import com.hallkiosk.device.sscard.emulator.CardBehaviour;
import com.hallkiosk.device.sscard.emulator.ScriptedCards;
import com.hallkiosk.device.sscard.emulator.VirtualSocialSecurityCard;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code doctor sscard}: reads one social security card (no PIN) the way the kiosk does and shows it
 * masked, with the APDUs the read took.
 */
@Command(name = "sscard", mixinStandardHelpOptions = true,
        description = "Read one social security card (社会保障卡) without a PIN and show it masked.")
final class DoctorSscardCommand implements Callable<Integer> {
    @Option(names = "--reader", paramLabel = "NAME",
            description = "The PC/SC reader, its name or the start of it (default: sscard.reader of kiosk-config).")
    String readerName;

    @Mixin
    CardReadOptions readOptions;

    @Mixin
    DeviceConfigOptions configOptions;

    private final Wiring wiring;

    DoctorSscardCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidConfigException, InterruptedException, IOException {
        DevicesConfig.SocialSecurityCardSetup setup = configOptions.load().socialSecurityCard();
        ReaderSettings settings = readerName == null ? setup.settings() : setup.settings().withReaderName(readerName);
        DevicesConfig.Driver driver = setup.driver() == DevicesConfig.Driver.NONE ? DevicesConfig.Driver.REAL
                : setup.driver();
        try (ConfiguredDevices devices = wiring.devices()) {
            SocialSecurityCardReader reader = devices.socialSecurityCardReader(driver, settings);
            // With the emulator configured, its reader holds the scripted card, as if one were inserted.
            devices.virtualReader().ifPresent(slot -> slot.insert(
                    new VirtualSocialSecurityCard(ScriptedCards.zhangSan(), CardBehaviour.t0Card())));
            DeviceCalls.await(reader.open());
            DeviceCalls.await(reader.enable());
            SocialSecurityCard card = DeviceCalls.whenPresented(reader::read, readOptions.waitTime(),
                    this::prompt, "没有检测到社保卡 no card was inserted within " + readOptions.waitSeconds + " s"
                            + "\n  请检查 check: insert the card chip first, face up, all the way in");
            report(card).print(wiring.out(), readOptions.json);
            return ExitCodes.OK;
        }
    }

    private void prompt() {
        if (!readOptions.json) {
            wiring.err().println("请插入社保卡 Insert the social security card …");
        }
    }

    private static DoctorReport report(SocialSecurityCard card) {
        return new DoctorReport()
                .add("cardNumber", "卡号 Card number", PersonalDataMasking.socialSecurityCardNumber(card.cardNumber()))
                .add("ssn", "社会保障号码 SSN", PersonalDataMasking.idNumber(card.socialSecurityNumber()))
                .add("name", "姓名 Name", PersonalDataMasking.name(card.name()))
                .add("gender", "性别 Gender", card.gender().label())
                .add("ethnicity", "民族 Ethnicity", card.ethnicity())
                .add("birth", "出生日期 Birth", card.birthDate().toString())
                .add("cardType", "卡类别 Card type", card.cardType())
                .add("specVersion", "规范版本 Spec version", card.specVersion())
                .add("issuingRegion", "发卡地区 Issuing region", card.issuingRegion())
                .add("issueDate", "发卡日期 Issue date", card.issueDate().toString())
                .add("expiryDate", "有效期至 Expiry date", card.expiryDate().toString())
                .add("apduCount", "指令数 APDUs", card.apduCount());
    }
}
