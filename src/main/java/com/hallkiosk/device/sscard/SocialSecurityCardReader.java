package com.hallkiosk.device.sscard;

import com.hallkiosk.device.DevicePort;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The kiosk's social security card (社会保障卡) reader. Every call returns at once and completes within
 * the reader's timeout with its result or a typed {@link com.hallkiosk.device.DeviceException}: NoCard,
 * CardRemoved, InvalidCard (including a social security number that fails its GB 11643 check), Timeout
 * or Offline (pcscd not running, reader unplugged). Wrong and blocked PINs are results, not failures.
 */
public interface SocialSecurityCardReader extends DevicePort {
    /** Reads the card's EF05 and EF06 (no PIN needed). */
    CompletableFuture<SocialSecurityCard> read();

    /** Verifies the cardholder's PIN; {@code pin} is wiped before this returns. */
    CompletableFuture<PinResult> verifyPin(char[] pin);

    /** Changes the PIN; both arrays are wiped before this returns. A wrong old PIN counts as a wrong try. */
    CompletableFuture<PinResult> changePin(char[] oldPin, char[] newPin);

    /** The readers PC/SC sees now, whether each holds a card, and which one this port uses. */
    CompletableFuture<List<ReaderStatus>> readers();

    /** Called on the reader's presence watch when a card is inserted or removed, or the reader unplugged. */
    void onCardEvent(Consumer<CardEvent> listener);
}
