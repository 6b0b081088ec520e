package com.hallkiosk.device.idcard;

import com.hallkiosk.device.DevicePort;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The kiosk's identity card reader: resident ID cards, foreign permanent resident cards and
 * HK/Macao/Taiwan residence permits, through a GA/T 467 SAM module. Every call returns at once and
 * completes within the reader's timeout, with a card, or with a typed
 * {@link com.hallkiosk.device.DeviceException}: NoCard, CardRemoved, InvalidCard (including a failed
 * GB 11643 check digit), Timeout, Protocol or Offline. A card that was read must leave the reader
 * before it can be read again, as with real modules.
 */
public interface IdCardReader extends DevicePort {
    /** Finds, selects and reads the card on the reader: text and photo (30 01). */
    CompletableFuture<IdCard> read();

    /** As {@link #read()}, with the fingerprint data when the card has some (30 10). */
    CompletableFuture<IdCard> readWithFingerprint();

    /** The SAM's own status (11 FF); anything but {@link SamStatus#SUCCESS} also shows in the health. */
    CompletableFuture<SamStatus> samStatus();

    /** The SAM's number (12 FF), e.g. {@code 05.01-20101111-000123456-001234567}. */
    CompletableFuture<String> samId();

    /** Called, on the reader's executor, after each answered exchange with the module. */
    void onExchange(Consumer<SamExchange> listener);
}
