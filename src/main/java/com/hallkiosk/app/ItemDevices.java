package com.hallkiosk.app;

import com.hallkiosk.config.DevicesConfig;
import com.hallkiosk.device.DevicePort;
import com.hallkiosk.device.camera.Camera;
import com.hallkiosk.device.document.DocumentPrinter;
import com.hallkiosk.device.idcard.IdCardReader;
import com.hallkiosk.device.pinpad.OnScreenPinPad;
import com.hallkiosk.device.pinpad.PinPad;
import com.hallkiosk.device.sscard.SocialSecurityCardReader;
import com.hallkiosk.items.IdentityReaders;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The devices the self-service items use, made as {@code devices.properties} says and opened and enabled
 * (off the start path: after home is painted). A device that does not start is still handed over: its health
 * says why, its driver reconnects by itself, and an item that reads it says in words that it cannot. A role
 * that cannot even be made (switched off, an emulator without socat) is left out, and the items that need
 * it are done at a window.
 *
 * @param pinPad the serial PIN pad, or the on-screen keypad on a kiosk without one
 * @param camera the camera of the face captures; empty on a kiosk without one (no 资格认证 there)
 */
record ItemDevices(IdentityReaders readers, Optional<PinPad> pinPad, Optional<DocumentPrinter> documents,
                   Optional<Camera> camera) {
    /** How long reading a card may take in all, on top of each driver's own timeouts. */
    static final Duration READ_DEADLINE = Duration.ofSeconds(15);
    private static final long START_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(ItemDevices.class);

    /** The on-screen keypad the screen draws, when the kiosk has no PIN pad of its own. */
    Optional<OnScreenPinPad> keypad() {
        return pinPad.filter(OnScreenPinPad.class::isInstance).map(OnScreenPinPad.class::cast);
    }

    /** Makes and starts the configured devices; {@code devices} owns them and closes them. */
    static ItemDevices open(ConfiguredDevices devices, DevicesConfig config) {
        Optional<IdCardReader> idCard = config.idCard().driver() == DevicesConfig.Driver.NONE ? Optional.empty()
                : made("idcard", () -> devices.idCardReader(config.idCard()));
        Optional<SocialSecurityCardReader> card = config.socialSecurityCard().driver() == DevicesConfig.Driver.NONE
                ? Optional.empty() : made("sscard", () -> devices.socialSecurityCardReader(config.socialSecurityCard()));
        Optional<PinPad> pad = made("pinpad", () -> devices.pinPad(config.pinPad()));
        Optional<DocumentPrinter> documents = config.documentPrinter().driver() == DevicesConfig.Driver.NONE
                ? Optional.empty() : made("document", () -> devices.documentPrinter(config.documentPrinter()));
        Optional<Camera> camera = config.camera().driver() == DevicesConfig.Driver.NONE ? Optional.empty()
                : made("camera", () -> devices.camera(config.camera()));
        return new ItemDevices(new IdentityReaders(card, idCard, READ_DEADLINE), pad, documents, camera);
    }

    /** These devices with {@code a4} as the A4 printer. */
    ItemDevices printingOn(Optional<DocumentPrinter> a4) {
        return new ItemDevices(readers, pinPad, a4, camera);
    }

    /** How a role's port is made; making it may fail (an emulator that needs socat). */
    private interface PortMaker<T extends DevicePort> {
        T make() throws IOException;
    }

    private static <T extends DevicePort> Optional<T> made(String role, PortMaker<T> maker) {
        T port;
        try {
            port = maker.make();
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: not made ({}); the items that need it are done at a window", role, e.getMessage());
            return Optional.empty();
        }
        try {
            port.open().thenCompose(opened -> port.enable()).get(START_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("{}: did not start ({}); it is offered all the same, and its health says why", role,
                    e.getCause() != null ? e.getCause().getMessage() : e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.of(port);
    }
}
