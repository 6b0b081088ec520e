package com.hallkiosk.device.sscard;

import com.hallkiosk.device.DeviceException;
import java.io.ByteArrayOutputStream;
import javax.smartcardio.CommandAPDU;

/**
 * Finishes the T=0 exchanges that a card leaves half done: on {@code 61 xx} it fetches the waiting
 * bytes with GET RESPONSE ({@code CLA C0 00 00 xx}, same CLA) and joins them to any data already
 * received; on {@code 6C xx} it sends the same command again with Le = xx. The JDK's SunPCSC and
 * jnasmartcardio already do this by default, but SunPCSC can be told not to and other providers do not,
 * so the reader does it itself. When the provider has already done it, no 61xx or 6Cxx reaches this
 * class and it passes the response through untouched: the work is never done twice.
 */
public final class GetResponseTransport implements CardTransport {
    /** Rounds before a card that keeps answering 61xx/6Cxx is given up on (SunPCSC and apdu4j use 256). */
    static final int MAX_ROUNDS = 256;
    private static final int INS_GET_RESPONSE = 0xC0;

    private final CardTransport card;

    public GetResponseTransport(CardTransport card) {
        this.card = card;
    }

    @Override
    public byte[] transmit(byte[] command) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] next = command;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            CardResponse response = CardResponse.of(card.transmit(next));
            if (response.sw1() == 0x6C) {
                next = withLe(next, response.sw2());
            } else if (response.sw1() == 0x61) {
                received.writeBytes(response.data());
                next = new byte[] {command[0], (byte) INS_GET_RESPONSE, 0x00, 0x00, (byte) response.sw2()};
            } else {
                received.writeBytes(response.data());
                received.write(response.sw1());
                received.write(response.sw2());
                return received.toByteArray();
            }
        }
        throw new DeviceException.Protocol("the card asked for GET RESPONSE or a new Le " + MAX_ROUNDS
                + " times in a row", "take the card out and insert it again");
    }

    /** The same command with its Le replaced (or added) as the card asked; Le byte 00 means 256. */
    private static byte[] withLe(byte[] command, int le) {
        CommandAPDU parsed = new CommandAPDU(command);
        int ne = le == 0 ? 256 : le;
        return new CommandAPDU(parsed.getCLA(), parsed.getINS(), parsed.getP1(), parsed.getP2(), parsed.getData(), ne)
                .getBytes();
    }
}
