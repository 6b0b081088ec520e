package com.hallkiosk.device.sscard.emulator;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;

/**
 * A reader of the in-process PC/SC, into which tests insert virtual cards and from which they pull
 * them, also in the middle of an exchange. All state is guarded by the {@link VirtualReaders} lock.
 */
public final class VirtualReader extends CardTerminal {
    private final String name;
    private final VirtualReaders owner;
    private final boolean providerDoesGetResponse;
    private VirtualSocialSecurityCard card;
    private int apdusUntilRemoval;

    VirtualReader(String name, VirtualReaders owner, boolean providerDoesGetResponse) {
        this.name = name;
        this.owner = owner;
        this.providerDoesGetResponse = providerDoesGetResponse;
    }

    /** Inserts {@code inserted}, which powers up fresh (selections lost, PIN counter kept). */
    public void insert(VirtualSocialSecurityCard inserted) {
        synchronized (owner) {
            inserted.powerCycle();
            card = inserted;
            apdusUntilRemoval = 0;
            owner.changed();
        }
    }

    public void remove() {
        synchronized (owner) {
            card = null;
            owner.changed();
        }
    }

    /** Pulls the card out right after it has answered {@code apdus} more APDUs: a card taken out mid-read. */
    public void removeCardAfter(int apdus) {
        synchronized (owner) {
            apdusUntilRemoval = apdus;
        }
    }

    boolean providerDoesGetResponse() {
        return providerDoesGetResponse;
    }

    /** One APDU to {@code connected}, which must still be the card in the reader. */
    byte[] exchange(VirtualSocialSecurityCard connected, byte[] command) throws CardException {
        synchronized (owner) {
            owner.requireService("SCardTransmit");
            if (card != connected || !owner.isPlugged(this)) {
                throw new CardException("SCardTransmit failed", new CardException("SCARD_W_REMOVED_CARD"));
            }
            byte[] response = connected.process(command);
            if (apdusUntilRemoval > 0 && --apdusUntilRemoval == 0) {
                remove();
            }
            return response;
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Card connect(String protocol) throws CardException {
        synchronized (owner) {
            owner.requireService("SCardConnect");
            if (!owner.isPlugged(this)) {
                throw new CardException("SCardConnect failed", new CardException("SCARD_E_UNKNOWN_READER"));
            }
            if (card == null) {
                throw new CardNotPresentException("SCARD_E_NO_SMARTCARD: no card in " + name);
            }
            return new VirtualCardConnection(this, card);
        }
    }

    @Override
    public boolean isCardPresent() {
        synchronized (owner) {
            return card != null;
        }
    }

    @Override
    public boolean waitForCardPresent(long timeout) throws CardException {
        return waitFor(true, timeout);
    }

    @Override
    public boolean waitForCardAbsent(long timeout) throws CardException {
        return waitFor(false, timeout);
    }

    private boolean waitFor(boolean present, long timeoutMillis) throws CardException {
        synchronized (owner) {
            long deadline = timeoutMillis == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeoutMillis;
            try {
                while ((card != null) != present && System.currentTimeMillis() < deadline) {
                    owner.wait(Math.max(1, Math.min(deadline - System.currentTimeMillis(), Integer.MAX_VALUE)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CardException("wait interrupted", e);
            }
            return (card != null) == present;
        }
    }

    @Override
    public String toString() {
        return "VirtualReader[" + name + "]";
    }
}
