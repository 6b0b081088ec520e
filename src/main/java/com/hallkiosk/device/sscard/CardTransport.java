package com.hallkiosk.device.sscard;

/**
 * Bytes in, bytes out: one command APDU to the card, its response APDU (data and status word) back.
 * Everything above PC/SC talks to this one method, so protocol logic is tested against scripted
 * exchanges and emulators, and behaviour such as GET RESPONSE chaining, counting and logging is added
 * by wrapping one transport in another (after apdu4j's {@code BIBO}).
 *
 * <p>Failures are {@link com.hallkiosk.device.DeviceException}s: a card taken away mid-exchange is
 * {@code CardRemoved}, a stopped PC/SC service {@code Offline}.
 */
@FunctionalInterface
public interface CardTransport {
    byte[] transmit(byte[] command);
}
