package com.hallkiosk.device.sscard;

import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each exchange at DEBUG without personal data or secrets: a command is logged with its header
 * and lengths, and with its data only when it is a SELECT (the data is then a file identifier or the
 * SSSE name); a response only with its length and status word. So VERIFY and CHANGE PIN data, whatever
 * header they are configured with, and the EF05/EF06 values never reach a log.
 */
public final class MaskedLoggingTransport implements CardTransport {
    private static final Logger LOG = LoggerFactory.getLogger(MaskedLoggingTransport.class);
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();
    private static final int INS_SELECT = 0xA4;
    private static final int HEADER = 4;

    private final CardTransport card;

    public MaskedLoggingTransport(CardTransport card) {
        this.card = card;
    }

    @Override
    public byte[] transmit(byte[] command) {
        if (!LOG.isDebugEnabled()) {
            return card.transmit(command);
        }
        LOG.debug("> {}", describe(command));
        long start = System.nanoTime();
        byte[] response = card.transmit(command);
        LOG.debug("< {} bytes, SW {} ({} ms)", Math.max(0, response.length - 2),
                response.length >= 2 ? HEX.formatHex(response, response.length - 2, response.length) : "none",
                (System.nanoTime() - start) / 1_000_000);
        return response;
    }

    /** The command as it may be logged. */
    static String describe(byte[] command) {
        if (command.length <= HEADER + 1) {
            return HEX.formatHex(command);
        }
        String header = HEX.formatHex(command, 0, HEADER);
        int lc = command[HEADER] & 0xFF;
        if ((command[1] & 0xFF) == INS_SELECT) {
            return header + " " + HEX.formatHex(command, HEADER, command.length);
        }
        String le = command.length > HEADER + 1 + lc ? " Le=" + HEX.formatHex(command, command.length - 1, command.length) : "";
        return header + " Lc=" + lc + " [data hidden]" + le;
    }
}
