package com.hallkiosk.device.idcard;

import java.time.Duration;

/**
 * The whole transport to a GA/T 467 module, one method wide: a request frame out, the whole answer
 * frame back. Serial, logging, retries and timing are implementations and decorators of it; the
 * protocol logic takes one as a parameter.
 */
@FunctionalInterface
public interface SamLink {
    /**
     * Sends {@code requestFrame} and returns the answer frame, checked for preamble, length and
     * checksum.
     *
     * @throws com.hallkiosk.device.DeviceException.Timeout  no whole answer within {@code timeout}
     * @throws com.hallkiosk.device.DeviceException.Protocol a garbled answer
     * @throws com.hallkiosk.device.DeviceException.Offline  the module is gone
     */
    byte[] transceive(byte[] requestFrame, Duration timeout);
}
