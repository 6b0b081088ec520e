package com.hallkiosk.device.idcard;

import java.util.Arrays;

/**
 * An answer from the module: the card's status SW1 SW2, the SAM's operation status SW3 and the data
 * (protocols §1.3). Its toString shows the status only: the data of a read is personal.
 */
public record SamResponse(int sw1, int sw2, int sw3, byte[] data) {
    private static final int STATUS_BYTES = 3;

    public SamResponse {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public byte[] frame() {
        byte[] body = new byte[STATUS_BYTES + data.length];
        body[0] = (byte) sw1;
        body[1] = (byte) sw2;
        body[2] = (byte) sw3;
        System.arraycopy(data, 0, body, STATUS_BYTES, data.length);
        return SamFrames.frame(body);
    }

    /**
     * The answer in a complete frame.
     *
     * @throws com.hallkiosk.device.DeviceException.Protocol when the frame is malformed or has no
     *     status bytes; this is the parser's only failure
     */
    public static SamResponse parse(byte[] frame) {
        byte[] body = SamFrames.body(frame);
        if (body.length < STATUS_BYTES) {
            throw SamFrames.malformed("answer of " + body.length + " bytes has no SW1 SW2 SW3");
        }
        return new SamResponse(body[0] & 0xFF, body[1] & 0xFF, body[2] & 0xFF,
                Arrays.copyOfRange(body, STATUS_BYTES, body.length));
    }

    @Override
    public String toString() {
        return String.format("SamResponse[%02X %02X %02X, %d data bytes]", sw1, sw2, sw3, data.length);
    }
}
