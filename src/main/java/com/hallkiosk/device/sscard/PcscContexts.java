package com.hallkiosk.device.sscard;

import com.hallkiosk.device.DeviceException;
import java.security.NoSuchAlgorithmException;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import jnasmartcardio.Smartcardio;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the reader's PC/SC contexts come from. The provider is jnasmartcardio because each
 * {@code terminals()} call establishes a fresh PC/SC context (SCardEstablishContext), so after pcscd
 * is restarted, or started after the kiosk, the next context simply works; the JDK's SunPCSC
 * establishes one context per JVM, in a static initializer, and never again, so a kiosk started before
 * pcscd, or one whose pcscd restarted, is left without readers until it is restarted (protocols §3.3).
 * Each user (the presence watch, each card operation) takes its own context and releases it, as
 * apdu4j recommends, since a PC/SC context is not meant to be shared between threads.
 */
public final class PcscContexts {
    private static final Logger LOG = LoggerFactory.getLogger(PcscContexts.class);

    private final TerminalFactory factory;

    private PcscContexts(TerminalFactory factory) {
        this.factory = factory;
    }

    /** Contexts from any {@code javax.smartcardio} factory (the in-process emulator's, for one). */
    public static PcscContexts of(TerminalFactory factory) {
        return new PcscContexts(factory);
    }

    /**
     * jnasmartcardio over this machine's libpcsclite; if it cannot load, SunPCSC with
     * {@link PcscLibrary} pointing it at the library (it will not survive a pcscd restart).
     */
    public static PcscContexts forThisMachine() {
        try {
            return new PcscContexts(TerminalFactory.getInstance("PC/SC", null, new Smartcardio()));
        } catch (NoSuchAlgorithmException | LinkageError e) {
            LOG.warn("jnasmartcardio cannot load ({}); falling back to SunPCSC, which does not recover when pcscd"
                    + " restarts", e.toString());
        }
        PcscLibrary.configureSunPcsc();
        try {
            return new PcscContexts(TerminalFactory.getInstance("PC/SC", null));
        } catch (NoSuchAlgorithmException e) {
            throw new DeviceException.Offline("no PC/SC library on this machine",
                    "install the Debian packages pcscd and libpcsclite1", e);
        }
    }

    /** A new context; fails with {@link DeviceException.Offline} when pcscd is not running. */
    CardTerminals establish() {
        try {
            return factory.terminals();
        } catch (RuntimeException e) {
            throw PcscFailure.toDeviceException("connecting to pcscd", e);
        }
    }

    /** Releases a context from {@link #establish()}; a context of a pcscd that is gone needs no release. */
    void release(CardTerminals terminals) {
        if (terminals instanceof Smartcardio.JnaCardTerminals jna) {
            try {
                jna.close();
            } catch (Smartcardio.JnaPCSCException e) {
                LOG.debug("releasing a PC/SC context failed: {}", e.getMessage());
            }
        }
    }

    /** The provider's name, for the technician's screen. */
    public String provider() {
        return factory.getProvider().getName();
    }
}
