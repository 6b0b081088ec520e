package com.hallkiosk.config;

import com.hallkiosk.device.document.DocumentPrinterSettings;
import com.hallkiosk.device.idcard.ForeignCardLayout;
import com.hallkiosk.device.idcard.IdCardReaderSettings;
import com.hallkiosk.device.pinpad.SerialPinPadSettings;
import com.hallkiosk.device.receipt.PrinterModel;
import com.hallkiosk.device.receipt.ReceiptPrinterSettings;
import com.hallkiosk.device.sscard.ReaderSettings;

/** Which driver serves each device role, where the device is, and its model's profile. */
public record DevicesConfig(IdCardSetup idCard, SocialSecurityCardSetup socialSecurityCard, ReceiptSetup receipt,
                            DocumentPrinterSetup documentPrinter, PinPadSetup pinPad, CameraSetup camera) {
    /** How a role is served: by the real driver, by its emulator, or not at all on this kiosk. */
    public enum Driver {
        REAL, EMULATOR, NONE
    }

    /**
     * The ID card reader: a GA/T 467 SAM module on a serial port, and where the foreign permanent
     * resident card keeps its fields (UNVERIFIED order, so the model's profile may correct it).
     */
    public record IdCardSetup(Driver driver, DeviceProfile profile, String port, int baud,
                              ForeignCardLayout foreignCardLayout) {
        /** The driver's settings for the module on {@code portPath}: this baud, the model's answer time and layout. */
        public IdCardReaderSettings settings(String portPath) {
            IdCardReaderSettings defaults = IdCardReaderSettings.defaults(portPath);
            return new IdCardReaderSettings(portPath, baud, profile.timeout(), defaults.attempts(),
                    defaults.operationTimeout(), defaults.firstReconnectDelay(), defaults.maxReconnectDelay(),
                    foreignCardLayout);
        }

        /** The same reader on another port or at another baud (the technician's --port and --baud). */
        public IdCardSetup on(Driver newDriver, String newPort, int newBaud) {
            return new IdCardSetup(newDriver, profile, newPort, newBaud, foreignCardLayout);
        }
    }

    /**
     * The social security card reader: a PC/SC reader, chosen by a part of its name (empty: the first),
     * with the model's timeout, record addressing and PIN commands in its settings.
     */
    public record SocialSecurityCardSetup(Driver driver, DeviceProfile profile, ReaderSettings settings) {
    }

    /**
     * The A4 document printer: a CUPS queue, by name (empty: CUPS's default queue), printed to through
     * the operating system's print system. It has no emulator of its own: a cups-pdf queue is one.
     */
    public record DocumentPrinterSetup(Driver driver, String queue) {
        public DocumentPrinterSettings settings() {
            return DocumentPrinterSettings.defaults(queue);
        }
    }

    /** A receipt printer model: its profile (protocol, baud rates, status timeout) and what the driver needs of it. */
    public record ReceiptModel(DeviceProfile profile, PrinterModel printer) {
    }

    /** The receipt printer: an ESC/POS printer on a serial port, of a model from {@code drivers/receipt/}. */
    public record ReceiptSetup(Driver driver, ReceiptModel model, String port, int baud) {
        /** The driver's settings for the printer on {@code portPath}: this baud, the model's paper and status timeout. */
        public ReceiptPrinterSettings settings(String portPath) {
            return new ReceiptPrinterSettings(portPath, baud, model.printer(), model.profile().timeout());
        }

        /** The same role with another driver, port, baud or model (the technician's --port, --baud, --model). */
        public ReceiptSetup with(Driver newDriver, ReceiptModel newModel, String newPort, int newBaud) {
            return new ReceiptSetup(newDriver, newModel, newPort, newBaud);
        }
    }

    /**
     * The PIN pad (密码键盘): a serial pad of a model from {@code drivers/pinpad/}, its emulator, or none —
     * then the kiosk shows its randomised on-screen keypad instead.
     */
    public record PinPadSetup(Driver driver, DeviceProfile profile, String port, int baud) {
        /** How often an idle pad is asked whether it is still there. */
        private static final java.time.Duration HEALTH_POLL = java.time.Duration.ofSeconds(10);

        public SerialPinPadSettings settings(String portPath) {
            return new SerialPinPadSettings(portPath, baud, profile.timeout(), HEALTH_POLL);
        }
    }

    /**
     * The camera of the face capture (待遇领取资格认证): its emulator or none. There is no real driver yet
     * ({@code drivers/camera/README.md} says which one is recommended and why none was taken).
     */
    public record CameraSetup(Driver driver) {
    }
}
