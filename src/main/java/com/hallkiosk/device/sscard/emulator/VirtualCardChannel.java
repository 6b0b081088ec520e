package com.hallkiosk.device.sscard.emulator;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.sscard.CardTransport;
import com.hallkiosk.device.sscard.GetResponseTransport;
import java.nio.ByteBuffer;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * The basic channel of a virtual card. When the reader was plugged in with the provider doing GET
 * RESPONSE, it chains 61xx/6Cxx itself, as SunPCSC and jnasmartcardio do by default, with the same
 * {@link GetResponseTransport} the kiosk uses; otherwise the card's answers pass through raw.
 */
final class VirtualCardChannel extends CardChannel {
    private final VirtualCardConnection connection;

    VirtualCardChannel(VirtualCardConnection connection) {
        this.connection = connection;
    }

    /** Carries a CardException through the one-method transport, which throws nothing checked. */
    private static final class Carried extends RuntimeException {
        Carried(CardException cause) {
            super(cause);
        }
    }

    private byte[] transmit(byte[] command) throws CardException {
        CardTransport card = bytes -> {
            try {
                return connection.exchange(bytes);
            } catch (CardException e) {
                throw new Carried(e);
            }
        };
        try {
            return (connection.providerDoesGetResponse() ? new GetResponseTransport(card) : card).transmit(command);
        } catch (Carried e) {
            throw (CardException) e.getCause();
        } catch (DeviceException e) {
            throw new CardException(e.getMessage(), e);
        }
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardException {
        return new ResponseAPDU(transmit(command.getBytes()));
    }

    @Override
    public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
        byte[] bytes = new byte[command.remaining()];
        command.get(bytes);
        byte[] answer = transmit(bytes);
        response.put(answer);
        return answer.length;
    }

    @Override
    public Card getCard() {
        return connection;
    }

    @Override
    public int getChannelNumber() {
        return 0;
    }

    @Override
    public void close() {
        throw new IllegalStateException("the basic channel cannot be closed");
    }
}
