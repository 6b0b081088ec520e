package com.hallkiosk.device.sscard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;

/**
 * The JDK's own provider beside jnasmartcardio across a pcscd restart: the measurement behind choosing
 * jnasmartcardio. SunPCSC is pointed at Debian's library by {@link PcscLibrary} (without it SunPCSC
 * finds nothing here) and must see the reader before the restart.
 */
final class SunPcscProbe {
    private final TerminalFactory sunPcsc;

    private SunPcscProbe(TerminalFactory sunPcsc) {
        this.sunPcsc = sunPcsc;
    }

    static SunPcscProbe beforeRestart(String reader) throws Exception {
        assertThat(PcscLibrary.configureSunPcsc()).as("libpcsclite found for SunPCSC").isPresent();
        TerminalFactory factory = TerminalFactory.getInstance("PC/SC", null);
        assertThat(factory.getProvider().getName()).isEqualTo("SunPCSC");
        assertThat(factory.terminals().list()).extracting(CardTerminal::getName).contains(reader);
        return new SunPcscProbe(factory);
    }

    /** After pcscd restarted: SunPCSC, unlike jnasmartcardio, still uses the context of the old pcscd. */
    void reportAfterRestart() {
        String outcome;
        try {
            List<CardTerminal> readers = sunPcsc.terminals().list();
            outcome = "lists " + readers.size() + " readers";
        } catch (CardException e) {
            outcome = "fails: " + e.getCause();
        }
        System.out.println("SunPCSC after the pcscd restart " + outcome);
        assertThat(outcome).as("SunPCSC after a pcscd restart").startsWith("fails");
    }
}
