package com.hallkiosk.device.sscard.emulator;

import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;

/** A connection to a virtual card, on its basic channel only (the reader uses nothing else). */
final class VirtualCardConnection extends Card {
    private final VirtualReader reader;
    private final VirtualSocialSecurityCard card;
    private volatile boolean disconnected;

    VirtualCardConnection(VirtualReader reader, VirtualSocialSecurityCard card) {
        this.reader = reader;
        this.card = card;
    }

    byte[] exchange(byte[] command) throws CardException {
        requireConnected();
        return reader.exchange(card, command);
    }

    boolean providerDoesGetResponse() {
        return reader.providerDoesGetResponse();
    }

    @Override
    public ATR getATR() {
        return new ATR(card.atr());
    }

    @Override
    public String getProtocol() {
        return "T=0";
    }

    @Override
    public CardChannel getBasicChannel() {
        requireConnected();
        return new VirtualCardChannel(this);
    }

    @Override
    public CardChannel openLogicalChannel() throws CardException {
        throw new CardException("logical channels are not emulated");
    }

    /** One process, one user: transactions need no locking here. */
    @Override
    public void beginExclusive() {
        requireConnected();
    }

    @Override
    public void endExclusive() {
        requireConnected();
    }

    @Override
    public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
        throw new CardException("control commands are not emulated");
    }

    @Override
    public void disconnect(boolean reset) {
        disconnected = true;
        if (reset) {
            card.powerCycle();
        }
    }

    private void requireConnected() {
        if (disconnected) {
            throw new IllegalStateException("card has been disconnected");
        }
    }
}
