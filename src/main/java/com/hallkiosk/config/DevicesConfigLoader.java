package com.hallkiosk.config;

import com.hallkiosk.device.idcard.ForeignCardLayout;
import com.hallkiosk.device.idcard.TextField;
import com.hallkiosk.device.receipt.PrinterModel;
import com.hallkiosk.device.sscard.PinApdus;
import com.hallkiosk.device.sscard.ReadRecordAddressing;
import com.hallkiosk.device.sscard.ReaderSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code kiosk-config/devices.properties} and the model profiles it names under {@code drivers/};
 * every bad value is reported with its file and key.
 */
public final class DevicesConfigLoader {
    public static final String FILE_NAME = "devices.properties";
    /** What CUPS allows in a queue's name, less what the JDK's lpr command line would not pass through. */
    private static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9_.-]{1,127}");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z]+)\\s+(\\d+)\\s*\\+\\s*(\\d+)");
    private static final List<String> FOREIGN_FIELDS = List.of("englishName", "gender", "number", "nationality",
            "chineseName", "validFrom", "validTo", "birth", "authority");

    public DevicesConfig load(Path configDirectory, Path driversDirectory) throws InvalidConfigException {
        Path file = configDirectory.resolve(FILE_NAME);
        Properties devices = read(file);
        DevicesConfig.Driver idDriver = driver(devices, file, "idcard.driver", "gat467", "gat467", true);
        DeviceProfile idProfile = profile(driversDirectory, "idcard", text(devices, file, "idcard.model", "generic-sam"));
        String port = text(devices, file, "idcard.port", "");
        if (idDriver == DevicesConfig.Driver.REAL && port.isEmpty()) {
            throw new InvalidConfigException(file + ": idcard.port is missing (see `doctor ports`)");
        }
        String baudText = text(devices, file, "idcard.baud", "");
        int baud = baudText.isEmpty() ? idProfile.baud() : number(file, "idcard.baud", baudText);
        if (!idProfile.bauds().isEmpty() && !idProfile.bauds().contains(baud)) {
            throw new InvalidConfigException(file + ": idcard.baud " + baud + " is not a rate the " + idProfile.model()
                    + " model supports " + idProfile.bauds());
        }
        DevicesConfig.Driver ssDriver = driver(devices, file, "sscard.driver", "pcsc", "pcsc", true);
        DeviceProfile ssProfile = profile(driversDirectory, "sscard", text(devices, file, "sscard.model", "generic-pcsc"));
        String reader = text(devices, file, "sscard.reader", "");
        return new DevicesConfig(new DevicesConfig.IdCardSetup(idDriver, idProfile, port, baud,
                        foreignCardLayout(driversDirectory, idProfile)),
                new DevicesConfig.SocialSecurityCardSetup(ssDriver, ssProfile,
                        readerSettings(driversDirectory, ssProfile, reader)),
                receiptSetup(devices, file, driversDirectory), documentPrinter(devices, file),
                pinPadSetup(devices, file, driversDirectory), cameraSetup(devices, file));
    }

    /**
     * {@code camera.driver}: emulator or none (missing: none). The real driver's name is reserved and refused in
     * words, so that a technician who sets it learns there is none yet rather than that the value is a typo.
     */
    private static DevicesConfig.CameraSetup cameraSetup(Properties devices, Path file) throws InvalidConfigException {
        DevicesConfig.Driver driver = driver(devices, file, "camera.driver", "none", "v4l2", true);
        if (driver == DevicesConfig.Driver.REAL) {
            throw new InvalidConfigException(file + ": camera.driver v4l2: this version has no real camera driver,"
                    + " only its emulator (see drivers/camera/README.md); set emulator or none");
        }
        return new DevicesConfig.CameraSetup(driver);
    }

    /**
     * {@code pinpad.*}: a missing {@code pinpad.driver} is none (the on-screen keypad), as in configurations
     * from before the kiosk took PINs; the model's profile is read all the same, to catch a bad one early.
     */
    private DevicesConfig.PinPadSetup pinPadSetup(Properties devices, Path file, Path driversDirectory)
            throws InvalidConfigException {
        DevicesConfig.Driver driver = driver(devices, file, "pinpad.driver", "none", "szzt", true);
        DeviceProfile profile = profile(driversDirectory, "pinpad", text(devices, file, "pinpad.model", "szzt-zt588"));
        String port = text(devices, file, "pinpad.port", "");
        if (driver == DevicesConfig.Driver.REAL && port.isEmpty()) {
            throw new InvalidConfigException(file + ": pinpad.port is missing (see `doctor ports`)");
        }
        String baudText = text(devices, file, "pinpad.baud", "");
        int baud = baudText.isEmpty() ? profile.baud() : number(file, "pinpad.baud", baudText);
        if (!profile.supportedBauds().contains(baud)) {
            throw new InvalidConfigException(file + ": pinpad.baud " + baud + " is not a rate the "
                    + profile.model() + " model supports " + profile.supportedBauds());
        }
        return new DevicesConfig.PinPadSetup(driver, profile, port, baud);
    }

    /**
     * {@code receipt.*}: a missing {@code receipt.driver} is none, as in configurations from before the
     * kiosk printed receipts; the model's profile is read all the same, to catch a bad one early.
     */
    private DevicesConfig.ReceiptSetup receiptSetup(Properties devices, Path file, Path driversDirectory)
            throws InvalidConfigException {
        DevicesConfig.Driver driver = driver(devices, file, "receipt.driver", "none", "escpos", true);
        DevicesConfig.ReceiptModel model = receiptModel(driversDirectory, text(devices, file, "receipt.model", "generic-80mm"));
        String port = text(devices, file, "receipt.port", "");
        if (driver == DevicesConfig.Driver.REAL && port.isEmpty()) {
            throw new InvalidConfigException(file + ": receipt.port is missing (see `doctor ports`)");
        }
        String baudText = text(devices, file, "receipt.baud", "");
        int baud = baudText.isEmpty() ? model.profile().baud() : number(file, "receipt.baud", baudText);
        if (!model.profile().supportedBauds().contains(baud)) {
            throw new InvalidConfigException(file + ": receipt.baud " + baud + " is not a rate the "
                    + model.profile().model() + " model supports " + model.profile().supportedBauds());
        }
        return new DevicesConfig.ReceiptSetup(driver, model, port, baud);
    }

    /**
     * A receipt printer model from {@code drivers/receipt/MODEL.properties}: paperDots, columns,
     * characters (gb2312, gbk, gb18030), qrCode, cut (feed-partial, feed-full, partial, full, none),
     * printSpeed (mm/s) and flowControl (none, rts-cts, dtr-dsr, xon-xoff).
     */
    public DevicesConfig.ReceiptModel receiptModel(Path driversDirectory, String model) throws InvalidConfigException {
        DeviceProfile profile = profile(driversDirectory, "receipt", model);
        Path file = driversDirectory.resolve("receipt").resolve(model + ".properties");
        Properties properties = read(file);
        try {
            return new DevicesConfig.ReceiptModel(profile, new PrinterModel(model,
                    number(file, "paperDots", text(properties, file, "paperDots", "576")),
                    number(file, "columns", text(properties, file, "columns", "48")),
                    choice(properties, file, "characters", "gbk", PrinterModel.Characters.class),
                    Boolean.parseBoolean(text(properties, file, "qrCode", "false")),
                    choice(properties, file, "cut", "feed-partial", PrinterModel.Cut.class),
                    number(file, "printSpeed", text(properties, file, "printSpeed", "100")),
                    choice(properties, file, "flowControl", "none", PrinterModel.FlowControl.class)));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(file + ": " + e.getMessage());
        }
    }

    /** A value spelled in lower case with dashes, e.g. {@code feed-partial} for {@code FEED_PARTIAL}. */
    private static <E extends Enum<E>> E choice(Properties properties, Path file, String key, String defaultValue,
                                                Class<E> type) throws InvalidConfigException {
        String value = text(properties, file, key, defaultValue);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(value)) {
                return constant;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        throw new InvalidConfigException(file + ": " + key + " \"" + value + "\" must be one of " + allowed);
    }

    /** The A4 printer: off unless configured, so that a kiosk set up before it had one does not look for it. */
    private static DevicesConfig.DocumentPrinterSetup documentPrinter(Properties devices, Path file)
            throws InvalidConfigException {
        DevicesConfig.Driver driver = driver(devices, file, "document.driver", "none", "cups", false);
        String queue = text(devices, file, "document.queue", "");
        if (!queue.isEmpty() && !QUEUE.matcher(queue).matches()) {
            throw new InvalidConfigException(file + ": document.queue \"" + queue + "\" is not a CUPS queue name:"
                    + " letters, digits, '_', '.' and '-' (`lpstat -p` lists the queues)");
        }
        return new DevicesConfig.DocumentPrinterSetup(driver, queue);
    }

    /**
     * {@code foreignCardLayout=englishName 0+120, gender 120+2, ...}: byte offset and length of each
     * field of the foreign permanent resident card's text block; absent, the vendor SDK order.
     */
    private static ForeignCardLayout foreignCardLayout(Path driversDirectory, DeviceProfile profile)
            throws InvalidConfigException {
        Path file = driversDirectory.resolve("idcard").resolve(profile.model() + ".properties");
        String text = text(read(file), file, "foreignCardLayout", "");
        if (text.isEmpty()) {
            return ForeignCardLayout.VENDOR_SDK_ORDER;
        }
        Map<String, TextField> fields = new HashMap<>();
        try {
            for (String entry : text.split(",")) {
                Matcher field = FIELD.matcher(entry.strip());
                if (!field.matches()) {
                    throw new IllegalArgumentException("\"" + entry.strip() + "\" is not NAME OFFSET+LENGTH");
                }
                fields.put(field.group(1), new TextField(Integer.parseInt(field.group(2)), Integer.parseInt(field.group(3))));
            }
            List<String> missing = FOREIGN_FIELDS.stream().filter(name -> !fields.containsKey(name)).toList();
            if (!missing.isEmpty() || fields.size() != FOREIGN_FIELDS.size()) {
                throw new IllegalArgumentException("it needs exactly the fields " + FOREIGN_FIELDS);
            }
            return new ForeignCardLayout(fields.get("englishName"), fields.get("gender"), fields.get("number"),
                    fields.get("nationality"), fields.get("chineseName"), fields.get("validFrom"),
                    fields.get("validTo"), fields.get("birth"), fields.get("authority"));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(file + ": foreignCardLayout is not valid: " + e.getMessage());
        }
    }

    /** The PC/SC reader's settings: the card scheme's record addressing and PIN commands are the model's. */
    private static ReaderSettings readerSettings(Path driversDirectory, DeviceProfile profile, String readerName)
            throws InvalidConfigException {
        Path file = driversDirectory.resolve("sscard").resolve(profile.model() + ".properties");
        Properties properties = read(file);
        String addressing = text(properties, file, "readRecord", "by-tag");
        ReadRecordAddressing mode = switch (addressing) {
            case "by-tag" -> ReadRecordAddressing.BY_TAG;
            case "by-short-file-id" -> ReadRecordAddressing.BY_SHORT_FILE_ID;
            default -> throw new InvalidConfigException(file + ": readRecord \"" + addressing
                    + "\" must be by-tag or by-short-file-id");
        };
        PinApdus defaults = PinApdus.defaults();
        PinApdus pin;
        try {
            pin = PinApdus.of(text(properties, file, "pin.verify", "00 20 00 00"),
                    text(properties, file, "pin.change", "80 5E 01 00"),
                    Integer.parseInt(text(properties, file, "pin.changeSeparator", "FF"), 16),
                    number(file, "pin.minDigits", text(properties, file, "pin.minDigits", "" + defaults.minDigits())),
                    number(file, "pin.maxDigits", text(properties, file, "pin.maxDigits", "" + defaults.maxDigits())));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigException(file + ": the pin.* commands are not valid: " + e.getMessage());
        }
        return ReaderSettings.defaults().withReaderName(readerName).withCallTimeout(profile.timeout())
                .withAddressing(mode).withPinApdus(pin);
    }

    private static DevicesConfig.Driver driver(Properties properties, Path file, String key, String defaultValue,
                                               String realName, boolean hasEmulator) throws InvalidConfigException {
        String value = text(properties, file, key, defaultValue).toLowerCase(Locale.ROOT);
        if (value.equals(realName)) {
            return DevicesConfig.Driver.REAL;
        }
        if (hasEmulator && value.equals("emulator")) {
            return DevicesConfig.Driver.EMULATOR;
        }
        if (value.equals("none")) {
            return DevicesConfig.Driver.NONE;
        }
        throw new InvalidConfigException(file + ": " + key + " \"" + value + "\" must be " + realName
                + (hasEmulator ? ", emulator or none" : " or none"));
    }

    private static DeviceProfile profile(Path driversDirectory, String role, String model) throws InvalidConfigException {
        if (!model.matches("[a-z0-9-]+")) {
            throw new InvalidConfigException("model \"" + model + "\" must be lower-case letters, digits and dashes");
        }
        Path file = driversDirectory.resolve(role).resolve(model + ".properties");
        Properties profile = read(file);
        String bauds = text(profile, file, "bauds", "");
        List<Integer> rates = new ArrayList<>();
        for (String rate : bauds.isEmpty() ? new String[0] : bauds.split(",")) {
            rates.add(number(file, "bauds", rate.strip()));
        }
        String timeoutKey = switch (role) {
            case "idcard", "pinpad" -> "commandTimeoutMillis";
            case "receipt" -> "statusTimeoutMillis";
            default -> "callTimeoutMillis";
        };
        String defaultTimeout = switch (role) {
            case "idcard" -> "2000";
            case "receipt", "pinpad" -> "1000";
            default -> "10000";
        };
        int timeoutMillis = number(file, timeoutKey, text(profile, file, timeoutKey, defaultTimeout));
        if (timeoutMillis == 0) {
            throw new InvalidConfigException(file + ": " + timeoutKey + " must be more than 0");
        }
        return new DeviceProfile(model, text(profile, file, "name", model), text(profile, file, "protocol", null),
                number(file, "baud", text(profile, file, "baud", "0")), rates,
                Boolean.parseBoolean(text(profile, file, "fingerprint", "false")), Duration.ofMillis(timeoutMillis));
    }

    private static Properties read(Path file) throws InvalidConfigException {
        return PropertiesFile.read(file, "");
    }

    private static String text(Properties properties, Path file, String key, String defaultValue)
            throws InvalidConfigException {
        String value = properties.getProperty(key, defaultValue);
        if (value == null) {
            throw new InvalidConfigException(file + ": " + key + " is missing");
        }
        return value.strip();
    }

    private static int number(Path file, String key, String value) throws InvalidConfigException {
        try {
            int number = Integer.parseInt(value);
            if (number < 0) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidConfigException(file + ": " + key + " \"" + value + "\" must be a whole number");
        }
    }
}
