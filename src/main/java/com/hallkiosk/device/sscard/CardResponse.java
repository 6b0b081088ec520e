package com.hallkiosk.device.sscard;

import com.hallkiosk.device.DeviceException;
import java.util.Arrays;

/** A response APDU split into its data and its status word (SW1 SW2). */
public record CardResponse(byte[] data, int statusWord) {
    public static final int SW_OK = 0x9000;

    public static CardResponse of(byte[] response) {
        if (response.length < 2) {
            throw new DeviceException.Protocol("the card answered " + response.length
                    + " bytes, fewer than a status word", "is the card inserted the right way round?");
        }
        int sw = (response[response.length - 2] & 0xFF) << 8 | response[response.length - 1] & 0xFF;
        return new CardResponse(Arrays.copyOf(response, response.length - 2), sw);
    }

    public int sw1() {
        return statusWord >> 8;
    }

    public int sw2() {
        return statusWord & 0xFF;
    }

    public boolean isOk() {
        return statusWord == SW_OK;
    }

    /** The status word as four hex digits, e.g. {@code 6A82}, for messages. */
    public String statusText() {
        return String.format("%04X", statusWord);
    }

    /** Length and status word only: the data may be personal. */
    @Override
    public String toString() {
        return "CardResponse[" + data.length + " bytes, SW " + statusText() + "]";
    }
}
