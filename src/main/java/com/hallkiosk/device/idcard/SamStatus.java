package com.hallkiosk.device.idcard;

import com.hallkiosk.device.DeviceException;
import java.util.Arrays;
import java.util.Optional;

/** SW3, the SAM's operation status (protocols §1.6), and what each means for the kiosk. */
public enum SamStatus {
    SUCCESS(0x90, "操作成功", Meaning.OK),
    NO_CONTENT(0x91, "证/卡中此项无内容", Meaning.PROTOCOL),
    CARD_FOUND(0x9F, "寻找证/卡成功", Meaning.OK),
    CHECKSUM_ERROR(0x10, "接收数据校验和错", Meaning.GARBLED_REQUEST),
    LENGTH_ERROR(0x11, "接收数据长度错", Meaning.GARBLED_REQUEST),
    BAD_COMMAND(0x21, "接收数据命令错", Meaning.PROTOCOL),
    UNAUTHORIZED_OPERATION(0x23, "越权操作", Meaning.PROTOCOL),
    UNKNOWN_ERROR(0x24, "无法识别的错误", Meaning.PROTOCOL),
    CARD_REJECTED_SAM(0x31, "证/卡认证 SAM 失败", Meaning.INVALID_CARD),
    SAM_REJECTED_CARD(0x32, "SAM 认证证/卡失败", Meaning.INVALID_CARD),
    VERIFICATION_FAILED(0x33, "信息验证错误", Meaning.INVALID_CARD),
    UNKNOWN_CARD_TYPE(0x40, "无法识别的卡类型", Meaning.INVALID_CARD),
    READ_FAILED(0x41, "读证/卡操作失败", Meaning.CARD_MOVED),
    RANDOM_FAILED(0x47, "取随机数失败", Meaning.PROTOCOL),
    SELF_TEST_FAILED(0x60, "SAM 自检失败", Meaning.SAM_FAULT),
    NOT_AUTHORISED(0x66, "SAM 未经授权", Meaning.SAM_FAULT),
    FIND_FAILED(0x80, "寻找证/卡失败", Meaning.NO_CARD),
    SELECT_FAILED(0x81, "选取证/卡失败", Meaning.CARD_MOVED);

    /** What a status tells the driver to do. */
    public enum Meaning {
        OK,
        /** The module received a damaged request: worth sending again. */
        GARBLED_REQUEST,
        PROTOCOL,
        INVALID_CARD,
        /** A read or select failed after the card was found: the card moved away. */
        CARD_MOVED,
        NO_CARD,
        /** The SAM itself cannot work: the module needs a technician. */
        SAM_FAULT
    }

    private final int code;
    private final String text;
    private final Meaning meaning;

    SamStatus(int code, String text, Meaning meaning) {
        this.code = code;
        this.text = text;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** The status in the words of the standard's vendors (Chinese). */
    public String text() {
        return text;
    }

    public Meaning meaning() {
        return meaning;
    }

    public static Optional<SamStatus> of(int code) {
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }

    /** The status of an answer; a code outside the table is a protocol error. */
    public static SamStatus of(SamResponse response) {
        return of(response.sw3()).orElseThrow(() -> new DeviceException.Protocol(
                String.format("idcard: the module answered with an unknown status SW3=%02X", response.sw3()),
                "check that the device on this port is a GA/T 467 ID card module"));
    }

    /** The typed error for an answer that did not succeed, naming the operation that got it. */
    public DeviceException failure(String operation) {
        String message = String.format("idcard: %s: %s (SW3=%02X)", operation, text, code);
        return switch (meaning) {
            case NO_CARD -> new DeviceException.NoCard(message
                    + "; a card that was just read must be lifted off the reader and placed again");
            case CARD_MOVED -> new DeviceException.CardRemoved(message);
            case INVALID_CARD -> new DeviceException.InvalidCard(message);
            case SAM_FAULT -> new DeviceException.Protocol(message, "the SAM module needs a technician: "
                    + "it failed its self-test or is not authorised");
            case OK -> new DeviceException.Protocol(String.format("idcard: %s: unexpected answer %s (SW3=%02X)",
                    operation, text, code), SamFrames.CHECK_LINE);
            case GARBLED_REQUEST, PROTOCOL -> new DeviceException.Protocol(message, SamFrames.CHECK_LINE);
        };
    }
}
