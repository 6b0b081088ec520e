package com.hallkiosk.app;

import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.config.CentralLink;
import com.hallkiosk.config.DevicesConfig;
import com.hallkiosk.config.DevicesConfigLoader;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.device.document.DocumentPrinter;
import com.hallkiosk.journal.KioskJournal;
import com.hallkiosk.journal.PersonKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The self-service items of a kiosk on emulated devices, as the demo, the screenshots and the window tests run
 * them: every role the items read on its emulator (the ID card module on a socat pty, the virtual PC/SC reader),
 * the PIN typed on the on-screen keypad (the ZT588 emulator has no keys a person can press), the A4 printer as
 * configured (a cups-pdf queue is its emulator); the receipt printer is the kiosk's own emulated one. The devices
 * are closed with this.
 */
record EmulatedItems(ConfiguredDevices devices, List<KioskItems.Offered> offers) implements AutoCloseable {

    /**
     * Makes the devices and offers the items of {@code lines} on {@code kiosk}, doing their business with
     * {@code central} and journaling in {@code journal}; {@code link} gives the journal's person key and the
     * central's deadline.
     */
    static EmulatedItems offer(Wiring wiring, KioskLauncher.RunningKiosk kiosk, List<KioskItems.Line> lines,
                               Path configDirectory, Path driversDirectory, BusinessSystem central, KioskJournal journal,
                               CentralLink link) throws InvalidConfigException {
        return offer(wiring, kiosk, lines, configDirectory, driversDirectory, central, journal, link, Optional.empty());
    }

    /**
     * As {@link #offer(Wiring, KioskLauncher.RunningKiosk, List, Path, Path, BusinessSystem, KioskJournal, CentralLink)},
     * with {@code a4}, when given, as the A4 printer instead of the one {@code devices.properties} names (which is
     * then not made): a printer the caller made, opened and closes (a window test's, which keeps what it is given).
     */
    static EmulatedItems offer(Wiring wiring, KioskLauncher.RunningKiosk kiosk, List<KioskItems.Line> lines,
                               Path configDirectory, Path driversDirectory, BusinessSystem central, KioskJournal journal,
                               CentralLink link, Optional<DocumentPrinter> a4) throws InvalidConfigException {
        String personKey = link.personKey().orElseThrow(() -> new InvalidConfigException(
                configDirectory.resolve("central.properties") + ": journal.person.key is missing, so no item could be journaled"));
        DevicesConfig config = emulated(new DevicesConfigLoader().load(configDirectory, driversDirectory), a4.isPresent());
        ConfiguredDevices devices = wiring.devices();
        try {
            ItemDevices opened = ItemDevices.open(devices, config);
            ItemDevices itemDevices = a4.isEmpty() ? opened : opened.printingOn(a4);
            List<KioskItems.Offered> offers = kiosk.offerItems(new ItemsSetup(lines, configDirectory, central, itemDevices,
                    journal,
                    new PersonKeys(personKey.getBytes(StandardCharsets.UTF_8)),
                    link.connectTimeout().plus(link.requestTimeout()), wiring.certificateOffice(configDirectory)));
            return new EmulatedItems(devices, offers);
        } catch (InvalidConfigException | RuntimeException e) {
            devices.close();
            throw e;
        }
    }

    /**
     * {@code config} with the readers and the camera emulated, the keypad on screen, and no A4 printer made when
     * {@code ownA4}.
     */
    static DevicesConfig emulated(DevicesConfig config, boolean ownA4) {
        DevicesConfig.IdCardSetup idCard = config.idCard();
        DevicesConfig.SocialSecurityCardSetup card = config.socialSecurityCard();
        DevicesConfig.PinPadSetup pad = config.pinPad();
        return new DevicesConfig(idCard.on(DevicesConfig.Driver.EMULATOR, idCard.port(), idCard.baud()),
                new DevicesConfig.SocialSecurityCardSetup(DevicesConfig.Driver.EMULATOR, card.profile(), card.settings()),
                config.receipt(), ownA4 ? new DevicesConfig.DocumentPrinterSetup(DevicesConfig.Driver.NONE,
                        config.documentPrinter().queue()) : config.documentPrinter(),
                new DevicesConfig.PinPadSetup(DevicesConfig.Driver.NONE, pad.profile(), pad.port(), pad.baud()),
                new DevicesConfig.CameraSetup(DevicesConfig.Driver.EMULATOR));
    }

    /** The emulated readers, for the demo card desk. */
    DemoCardReaders readers() {
        return DemoCardReaders.of(devices);
    }

    @Override
    public void close() {
        devices.close();
    }
}
