package com.hallkiosk.device.sscard.emulator;

import java.util.ArrayList;
import java.util.List;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/**
 * The readers of the in-process PC/SC: plug and unplug readers, stop and start "pcscd". Failures carry
 * the PC/SC error names SunPCSC and jnasmartcardio carry (SCARD_E_NO_SERVICE, SCARD_W_REMOVED_CARD, …),
 * so the reader under test sees what it would see on a real stack.
 */
public final class VirtualReaders extends CardTerminals {
    private final List<VirtualReader> plugged = new ArrayList<>();
    private boolean serviceRunning = true;
    private long changes;
    private long changesSeen;
    private List<String> presentAtLastWait = List.of();

    /** Plugs in a reader; {@code providerDoesGetResponse} makes its channel chain 61xx/6Cxx like SunPCSC does. */
    public synchronized VirtualReader plugIn(String name, boolean providerDoesGetResponse) {
        VirtualReader reader = new VirtualReader(name, this, providerDoesGetResponse);
        plugged.add(reader);
        changed();
        return reader;
    }

    public synchronized void unplug(VirtualReader reader) {
        reader.remove();
        plugged.remove(reader);
        changed();
    }

    /** Like stopping pcscd: every call fails with SCARD_E_NO_SERVICE until {@link #startService()}. */
    public synchronized void stopService() {
        serviceRunning = false;
        changed();
    }

    public synchronized void startService() {
        serviceRunning = true;
        changed();
    }

    synchronized boolean isPlugged(VirtualReader reader) {
        return plugged.contains(reader);
    }

    synchronized void requireService(String call) throws CardException {
        if (!serviceRunning) {
            throw new CardException(call + " failed", new CardException("SCARD_E_NO_SERVICE"));
        }
    }

    /** Wakes whoever waits for a change (a card or a reader came or went, the service stopped or started). */
    synchronized void changed() {
        changes++;
        notifyAll();
    }

    @Override
    public synchronized List<CardTerminal> list(State state) throws CardException {
        requireService("list()");
        List<CardTerminal> matching = new ArrayList<>();
        for (VirtualReader reader : plugged) {
            boolean present = reader.isCardPresent();
            boolean wasPresent = presentAtLastWait.contains(reader.getName());
            boolean include = switch (state) {
                case ALL -> true;
                case CARD_PRESENT -> present;
                case CARD_ABSENT -> !present;
                case CARD_INSERTION -> present && !wasPresent;
                case CARD_REMOVAL -> !present && wasPresent;
            };
            if (include) {
                matching.add(reader);
            }
        }
        return matching;
    }

    @Override
    public synchronized boolean waitForChange(long timeoutMillis) throws CardException {
        requireService("waitForChange()");
        long deadline = timeoutMillis == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeoutMillis;
        try {
            while (changes == changesSeen && System.currentTimeMillis() < deadline) {
                wait(Math.max(1, Math.min(deadline - System.currentTimeMillis(), Integer.MAX_VALUE)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CardException("waitForChange() interrupted", e);
        }
        requireService("waitForChange()");
        boolean changed = changes != changesSeen;
        changesSeen = changes;
        presentAtLastWait = plugged.stream().filter(VirtualReader::isCardPresent).map(VirtualReader::getName).toList();
        return changed;
    }
}
