package com.hallkiosk.device.sscard;

import com.hallkiosk.device.DeviceException;
import java.time.Duration;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;

/**
 * A card transport over a {@code javax.smartcardio} channel. A card pulled out mid-exchange does not
 * always say so: PC/SC may first report a failed transmission and only then the removal. So after a
 * failure of unknown cause (SCARD_E_NOT_TRANSACTED, say) the terminal is given a short while to report
 * the card absent, and the failure becomes {@link DeviceException.CardRemoved} when it does.
 */
public final class SmartcardioTransport implements CardTransport {
    /** How long a failed exchange waits for PC/SC to notice a removed card (vpcd polls every ~0.45 s). */
    static final Duration REMOVAL_GRACE = Duration.ofSeconds(1);

    private final CardTerminal terminal;
    private final CardChannel channel;

    public SmartcardioTransport(CardTerminal terminal, CardChannel channel) {
        this.terminal = terminal;
        this.channel = channel;
    }

    @Override
    public byte[] transmit(byte[] command) {
        CommandAPDU apdu = new CommandAPDU(command);
        try {
            return channel.transmit(apdu).getBytes();
        } catch (CardException | RuntimeException e) {
            // RuntimeException too: jnasmartcardio 0.2.7 fails with IllegalArgumentException when PC/SC
            // hands it an empty response, which is what vpcd does when its card goes away mid-exchange.
            if (PcscFailure.of(e) == PcscFailure.OTHER && cardWentAway()) {
                throw new DeviceException.CardRemoved("the card was taken out during an exchange");
            }
            throw PcscFailure.toDeviceException("exchange with the card", e);
        }
    }

    private boolean cardWentAway() {
        try {
            return terminal.waitForCardAbsent(REMOVAL_GRACE.toMillis());
        } catch (CardException | RuntimeException e) {
            return false;
        }
    }
}
