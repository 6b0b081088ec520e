package com.hallkiosk.app;

import com.hallkiosk.config.DevicesConfig;
import com.hallkiosk.config.DevicesConfigLoader;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.device.idcard.IdCardReaderSettings;
import com.hallkiosk.device.idcard.SamIdCardReader;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code doctor idcard}: reads one ID card through the module, the way the kiosk does, and shows it
 * masked: numbers keep their first 6 and last 4, names their first character, addresses their district.
 */
@Command(name = "idcard", mixinStandardHelpOptions = true,
        description = "Read one ID card (居民身份证, 外国人永久居留身份证, 港澳台居民居住证) and show it masked.")
final class DoctorIdCardCommand implements Callable<Integer> {
    private static final Duration BETWEEN_TRIES = Duration.ofMillis(300);

    @Option(names = "--port", paramLabel = "PATH", description = "The serial port (default: idcard.port of kiosk-config).")
    String port;

    @Option(names = "--baud", paramLabel = "N", description = "The baud rate (default: the configured or the model's).")
    Integer baud;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for a card to be placed (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "kiosk-config", description = "The kiosk-config folder (default: ${DEFAULT-VALUE}).")
    Path configDirectory;

    @Option(names = "--drivers", paramLabel = "DIR", defaultValue = "drivers", description = "The drivers folder (default: ${DEFAULT-VALUE}).")
    Path driversDirectory;

    private final Wiring wiring;

    DoctorIdCardCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidConfigException, InterruptedException, java.io.IOException {
        DevicesConfig.IdCardSetup setup = new DevicesConfigLoader().load(configDirectory, driversDirectory).idCard();
        String path = port != null ? port : setup.port();
        IdCardReaderSettings defaults = IdCardReaderSettings.defaults(path);
        IdCardReaderSettings settings = new IdCardReaderSettings(path, baud != null ? baud : setup.baud(),
                defaults.answerTimeout(), defaults.attempts(), defaults.operationTimeout(),
                defaults.firstReconnectDelay(), defaults.maxReconnectDelay(), defaults.foreignCardLayout());
        try (SamIdCardReader reader = new SamIdCardReader(settings, wiring.clock())) {
            DeviceCalls.await(reader.open());
            DeviceCalls.await(reader.enable());
            IdCard card = readWhenPlaced(reader);
            report(card).print(wiring.out(), json);
            return ExitCodes.OK;
        }
    }

    private IdCard readWhenPlaced(SamIdCardReader reader) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        boolean asked = false;
        while (true) {
            try {
                return DeviceCalls.outcome(reader.read());
            } catch (DeviceException.NoCard none) {
                if (System.nanoTime() > deadline) {
                    throw new UserError("没有检测到证件 no card was placed within " + waitSeconds + " s"
                            + "\n  请检查 check: place the card flat on the reader's marked area", ExitCodes.DEVICE);
                }
                if (!asked && !json) {
                    wiring.err().println("请放置证件 Place the card on the reader …");
                    asked = true;
                }
                Thread.sleep(BETWEEN_TRIES.toMillis());
            } catch (DeviceException failure) {
                throw DeviceCalls.failure(failure);
            }
        }
    }

    private static DoctorReport report(IdCard card) {
        return new DoctorReport()
                .add("cardType", "证件类型 Card type", card.type().name())
                .add("name", "姓名 Name", PersonalDataMasking.name(card.name()))
                .add("gender", "性别 Gender", card.gender().text())
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
