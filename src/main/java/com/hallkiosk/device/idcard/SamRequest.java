package com.hallkiosk.device.idcard;

import java.util.Arrays;

/** A request to the module: CMD, Para and optional data (protocols §1.3). */
public record SamRequest(int command, int parameter, byte[] data) {
    public SamRequest {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public byte[] frame() {
        byte[] body = new byte[2 + data.length];
        body[0] = (byte) command;
        body[1] = (byte) parameter;
        System.arraycopy(data, 0, body, 2, data.length);
        return SamFrames.frame(body);
    }

    /** @throws com.hallkiosk.device.DeviceException.Protocol when the frame is malformed */
    public static SamRequest parse(byte[] frame) {
        byte[] body = SamFrames.body(frame);
        return new SamRequest(body[0] & 0xFF, body[1] & 0xFF, Arrays.copyOfRange(body, 2, body.length));
    }

    @Override
    public String toString() {
        return String.format("SamRequest[%02X %02X, %d data bytes]", command, parameter, data.length);
    }
}
