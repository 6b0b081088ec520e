package com.hallkiosk.device.idcard;

import java.util.Arrays;
import java.util.Optional;

/** The module commands the kiosk uses (protocols §1.4), with the longest answer each may get. */
public enum SamCommand {
    SAM_STATUS(0x11, 0xFF, 11),
    /** Answer: 16 data bytes formatted as in §1.12, 27 bytes in all. */
    SAM_ID(0x12, 0xFF, 27),
    FIND_CARD(0x20, 0x01, 15),
    SELECT_CARD(0x20, 0x02, 19),
    /** Text and photo: 1295 bytes (§1.7). */
    READ(0x30, 0x01, 1295),
    /** Text, photo and up to 1024 bytes of fingerprint: at most 2321 bytes (§1.8). */
    READ_WITH_FINGERPRINT(0x30, 0x10, 2321);

    private final int command;
    private final int parameter;
    private final int longestAnswer;

    SamCommand(int command, int parameter, int longestAnswer) {
        this.command = command;
        this.parameter = parameter;
        this.longestAnswer = longestAnswer;
    }

    public int command() {
        return command;
    }

    public int parameter() {
        return parameter;
    }

    /** The length of the longest answer frame, for the time the answer may take on the line. */
    public int longestAnswer() {
        return longestAnswer;
    }

    /** The request frame, byte for byte as in §1.4. */
    public byte[] request() {
        return new SamRequest(command, parameter, new byte[0]).frame();
    }

    public static Optional<SamCommand> of(int command, int parameter) {
        return Arrays.stream(values()).filter(c -> c.command == command && c.parameter == parameter).findFirst();
    }
}
