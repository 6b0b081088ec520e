package com.hallkiosk.app;

import com.hallkiosk.config.DevicesConfig;
import com.hallkiosk.device.camera.Camera;
import com.hallkiosk.device.camera.emulator.CameraScenario;
import com.hallkiosk.device.camera.emulator.EmulatedCamera;
import com.hallkiosk.device.document.CupsDocumentPrinter;
import com.hallkiosk.device.document.DocumentPrinter;
import com.hallkiosk.device.document.DocumentPrinterSettings;
import com.hallkiosk.device.idcard.IdCardReader;
import com.hallkiosk.device.idcard.IdCardReaderSettings;
import com.hallkiosk.device.idcard.SamIdCardReader;
import com.hallkiosk.device.idcard.emulator.EmulatedIdCardModule;
import com.hallkiosk.device.idcard.emulator.SocatPtyPair;
import com.hallkiosk.device.pinpad.OnScreenPinPad;
import com.hallkiosk.device.pinpad.PinPad;
import com.hallkiosk.device.pinpad.SerialPinPadLink;
import com.hallkiosk.device.pinpad.SzztPinPad;
import com.hallkiosk.device.pinpad.emulator.PinPadEmulator;
import com.hallkiosk.device.receipt.EscPosReceiptPrinter;
import com.hallkiosk.device.receipt.GlyphCells;
import com.hallkiosk.device.receipt.PrinterConnector;
import com.hallkiosk.device.receipt.ReceiptPrinterSettings;
import com.hallkiosk.device.receipt.RowRasteriser;
import com.hallkiosk.device.receipt.SerialPrinterLink;
import com.hallkiosk.device.receipt.emulator.ReceiptPrinterEmulator;
import com.hallkiosk.device.sscard.PcscContexts;
import com.hallkiosk.device.sscard.PcscSocialSecurityCardReader;
import com.hallkiosk.device.sscard.ReaderSettings;
import com.hallkiosk.device.sscard.SocialSecurityCardReader;
import com.hallkiosk.device.sscard.emulator.VirtualCardProvider;
import com.hallkiosk.device.sscard.emulator.VirtualReader;
import com.hallkiosk.device.sscard.emulator.VirtualReaders;
import com.hallkiosk.face.SyntheticFace;
import com.hallkiosk.fonts.KioskFonts;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The devices of {@code devices.properties}, built: each role's real driver, on the real hardware or
 * on its emulator (the same driver code against the same protocol bytes). Owns the emulators and the
 * ports it made, and closes them, last made first.
 */
final class ConfiguredDevices implements AutoCloseable {
    /** The in-process PC/SC reader the social security card emulator plugs in. */
    static final String VIRTUAL_READER = "Hall Kiosk Virtual Reader 00 00";
    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredDevices.class);
    private static final long EMULATOR_SEED = 467;
    /** Ten frames a second: enough for a smooth mirror and for a blink to fall on a frame. */
    private static final Duration CAMERA_FRAME_INTERVAL = Duration.ofMillis(100);

    private final Clock clock;
    private final Deque<AutoCloseable> owned = new ArrayDeque<>();
    private EmulatedIdCardModule idCardModule;
    private VirtualReader virtualReader;
    private ReceiptPrinterEmulator receiptEmulator;
    private PinPadEmulator pinPadEmulator;
    private EmulatedCamera emulatedCamera;
    private Font font;

    ConfiguredDevices(Clock clock) {
        this.clock = clock;
    }

    /**
     * The ID card reader the configuration names: the module on its port, or the emulated module on a
     * socat pty pair. Fails with a {@link UserError} when the role is switched off or socat is missing.
     */
    IdCardReader idCardReader(DevicesConfig.IdCardSetup setup) throws IOException {
        return switch (setup.driver()) {
            case REAL -> idCardReader(setup.settings(setup.port()));
            case EMULATOR -> idCardReader(setup.settings(startIdCardModule(setup.baud()).hostPort()));
            case NONE -> throw new UserError("这台终端没有配置身份证阅读器 this kiosk has no ID card reader"
                    + " (idcard.driver=none in kiosk-config/devices.properties)", ExitCodes.BAD_DATA);
        };
    }

    /** The GA/T 467 driver on the port of {@code settings}, whatever is at its end. */
    IdCardReader idCardReader(IdCardReaderSettings settings) {
        return own(new SamIdCardReader(settings, clock));
    }

    /** The emulated ID card module, when the configuration asked for it and it was started. */
    Optional<EmulatedIdCardModule> idCardModule() {
        return Optional.ofNullable(idCardModule);
    }

    /**
     * The social security card reader the configuration names: through this machine's pcscd, or
     * through the in-process PC/SC with one virtual reader (empty until a card is inserted into it).
     * A configuration with the role switched off gets the machine's pcscd, for listing its readers.
     */
    SocialSecurityCardReader socialSecurityCardReader(DevicesConfig.SocialSecurityCardSetup setup) {
        return socialSecurityCardReader(setup.driver(), setup.settings());
    }

    SocialSecurityCardReader socialSecurityCardReader(DevicesConfig.Driver driver, ReaderSettings settings) {
        if (driver == DevicesConfig.Driver.EMULATOR) {
            VirtualReaders readers = new VirtualReaders();
            virtualReader = readers.plugIn(VIRTUAL_READER, true);
            return own(new PcscSocialSecurityCardReader(
                    PcscContexts.of(new VirtualCardProvider(readers).terminalFactory()), settings, clock));
        }
        return own(new PcscSocialSecurityCardReader(PcscContexts.forThisMachine(), settings, clock));
    }

    /** The emulated reader, to insert a virtual card into, when the configuration asked for it. */
    Optional<VirtualReader> virtualReader() {
        return Optional.ofNullable(virtualReader);
    }

    /**
     * The A4 printer the configuration names: its CUPS queue, through the JDK's print system. Fails with a
     * {@link UserError} when the role is switched off.
     */
    DocumentPrinter documentPrinter(DevicesConfig.DocumentPrinterSetup setup) {
        if (setup.driver() == DevicesConfig.Driver.NONE) {
            throw new UserError("这台终端没有配置A4打印机 this kiosk has no A4 printer"
                    + " (document.driver=none in kiosk-config/devices.properties)", ExitCodes.BAD_DATA);
        }
        return documentPrinter(setup.settings());
    }

    /** The A4 printer on the queue of {@code settings}, whatever the configuration says. */
    DocumentPrinter documentPrinter(DocumentPrinterSettings settings) {
        return own(new CupsDocumentPrinter(settings, clock));
    }

    /**
     * The receipt printer the configuration names: the ESC/POS driver on its serial port, or on the
     * emulated printer (at the far end of a socat pty pair, or on its in-memory line where socat is
     * missing). Fails with a {@link UserError} when the role is switched off.
     */
    EscPosReceiptPrinter receiptPrinter(DevicesConfig.ReceiptSetup setup) throws IOException {
        return switch (setup.driver()) {
            case REAL -> receiptPrinter(setup.settings(setup.port()),
                    SerialPrinterLink.at(setup.port(), setup.baud(), setup.model().printer().flowControl()));
            case EMULATOR -> {
                ReceiptPrinterEmulator emulator = startReceiptEmulator(setup);
                yield receiptPrinter(setup.settings(emulator.hostPort()), emulator.connector());
            }
            case NONE -> throw new UserError("这台终端没有配置凭条打印机 this kiosk has no receipt printer"
                    + " (receipt.driver=none in kiosk-config/devices.properties)", ExitCodes.BAD_DATA);
        };
    }

    private EscPosReceiptPrinter receiptPrinter(ReceiptPrinterSettings settings, PrinterConnector connector) {
        return own(new EscPosReceiptPrinter(settings, connector, new RowRasteriser(this::font), clock));
    }

    /** The emulated receipt printer, when the configuration asked for it and it was started. */
    Optional<ReceiptPrinterEmulator> receiptEmulator() {
        return Optional.ofNullable(receiptEmulator);
    }

    private ReceiptPrinterEmulator startReceiptEmulator(DevicesConfig.ReceiptSetup setup) throws IOException {
        Optional<Path> socat = SocatPtyPair.findSocat();
        if (socat.isEmpty()) {
            receiptEmulator = own(ReceiptPrinterEmulator.inMemory(setup.model().printer(), setup.baud(), this::font));
            return receiptEmulator;
        }
        Path directory = Files.createTempDirectory("hall-kiosk-receipt-");
        owned.push(() -> deleteDirectory(directory));
        receiptEmulator = own(ReceiptPrinterEmulator.onPty(socat.get(), directory, setup.model().printer(), setup.baud(),
                this::font));
        return receiptEmulator;
    }

    /**
     * The PIN pad the configuration names: the SZZT driver on its serial port, or on the emulated pad at
     * the far end of a socat pty pair; with none (or the emulator without socat), the on-screen keypad.
     */
    PinPad pinPad(DevicesConfig.PinPadSetup setup) throws IOException {
        return switch (setup.driver()) {
            case REAL -> own(new SzztPinPad(setup.settings(setup.port()), SerialPinPadLink.at(setup.port(), setup.baud()),
                    clock));
            case EMULATOR -> {
                Optional<Path> socat = SocatPtyPair.findSocat();
                if (socat.isEmpty()) {
                    LOG.warn("pinpad: socat is missing, so the emulated PIN pad is the on-screen keypad");
                    yield own(new OnScreenPinPad(new SecureRandom(), clock));
                }
                Path directory = Files.createTempDirectory("hall-kiosk-pinpad-");
                owned.push(() -> deleteDirectory(directory));
                pinPadEmulator = own(PinPadEmulator.onPty(socat.get(), directory, "ZT588", setup.baud()));
                yield own(new SzztPinPad(setup.settings(pinPadEmulator.hostPort()), pinPadEmulator.connector(), clock));
            }
            case NONE -> own(new OnScreenPinPad(new SecureRandom(), clock));
        };
    }

    /**
     * The camera the configuration names: its emulator, with nobody in front of it until someone steps up (the demo
     * card desk puts each demo person there). Fails with a {@link UserError} when the role is switched off.
     */
    Camera camera(DevicesConfig.CameraSetup setup) {
        if (setup.driver() != DevicesConfig.Driver.EMULATOR) {
            throw new UserError("这台终端没有配置摄像头 this kiosk has no camera"
                    + " (camera.driver=none in kiosk-config/devices.properties)", ExitCodes.BAD_DATA);
        }
        emulatedCamera = own(new EmulatedCamera(CameraScenario.NO_FACE, SyntheticFace.of(""), CAMERA_FRAME_INTERVAL,
                EMULATOR_SEED, clock));
        return emulatedCamera;
    }

    /** The emulated camera, when the configuration asked for it. */
    Optional<EmulatedCamera> emulatedCamera() {
        return Optional.ofNullable(emulatedCamera);
    }

    /** The emulated PIN pad, when the configuration asked for it and it was started. */
    Optional<PinPadEmulator> pinPadEmulator() {
        return Optional.ofNullable(pinPadEmulator);
    }

    /** The kiosk's font, loaded when a receipt first needs it: to draw a character the printer lacks, or a paper. */
    private synchronized Font font() {
        if (font == null) {
            font = KioskFonts.loadCached().sized(GlyphCells.CELL_HEIGHT);
        }
        return font;
    }

    private EmulatedIdCardModule startIdCardModule(int baud) throws IOException {
        Path socat = SocatPtyPair.findSocat().orElseThrow(() -> new UserError(
                "the ID card emulator needs socat for its serial line: apt-get install socat", ExitCodes.BAD_DATA));
        Path directory = Files.createTempDirectory("hall-kiosk-idcard-");
        owned.push(() -> deleteDirectory(directory));
        idCardModule = own(EmulatedIdCardModule.start(socat, directory, baud, EMULATOR_SEED));
        return idCardModule;
    }

    /** The pty links and socat's log are gone once the module is closed; this removes what is left. */
    static void deleteDirectory(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(directory);
    }

    private <T extends AutoCloseable> T own(T closeable) {
        owned.push(closeable);
        return closeable;
    }

    @Override
    public void close() {
        while (!owned.isEmpty()) {
            try {
                owned.pop().close();
            } catch (Exception e) {
                LOG.warn("closing a device failed", e);
            }
        }
    }
}
