package com.hallkiosk.device.sscard;

/**
 * A PC/SC reader as the technician sees it.
 *
 * @param name        the reader's name as pcscd gives it
 * @param cardPresent whether a card is in it now
 * @param chosen      whether it is the reader the configuration picks
 */
public record ReaderStatus(String name, boolean cardPresent, boolean chosen) {
}
