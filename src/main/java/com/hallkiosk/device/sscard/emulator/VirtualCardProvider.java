package com.hallkiosk.device.sscard.emulator;

import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import javax.smartcardio.TerminalFactorySpi;

/**
 * A {@code javax.smartcardio} provider whose "PC/SC" terminals are {@link VirtualReaders}: readers and
 * cards in this process that tests plug, insert and pull out (after apdu4j's
 * EmulatedSingleTerminalProvider). Use its {@link #terminalFactory()}; it is not registered globally.
 */
public final class VirtualCardProvider extends Provider {
    public static final String NAME = "HallKioskVirtualPCSC";

    public VirtualCardProvider(VirtualReaders readers) {
        super(NAME, "1.0", "PC/SC with virtual social security cards, in process");
        putService(new Service(this, "TerminalFactory", "PC/SC", Factory.class.getName(), null, null) {
            @Override
            public Object newInstance(Object parameter) {
                return new Factory(readers);
            }
        });
    }

    /** A terminal factory of this provider, as {@code TerminalFactory.getInstance("PC/SC", null, this)}. */
    public TerminalFactory terminalFactory() {
        try {
            return TerminalFactory.getInstance("PC/SC", null, this);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the provider registers PC/SC itself", e);
        }
    }

    /** Hands out the one set of virtual readers: there is no context to establish. */
    private static final class Factory extends TerminalFactorySpi {
        private final VirtualReaders readers;

        Factory(VirtualReaders readers) {
            this.readers = readers;
        }

        @Override
        protected CardTerminals engineTerminals() {
            return readers;
        }
    }
}
