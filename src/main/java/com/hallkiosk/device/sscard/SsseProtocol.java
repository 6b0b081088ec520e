package com.hallkiosk.device.sscard;

import com.hallkiosk.device.DeviceException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 社保卡's SSSE (社会保障系统环境) application over any {@link CardTransport} (protocols §2.2–2.5):
 * select SSSE by its DF name, read EF05 tags 01–07 and EF06 tags 08–0D one record each, and send the
 * PIN commands. Each item is read exactly once; the transport given is the wire, which this class
 * meters and wraps in {@link GetResponseTransport}, so the APDU count is what actually went to the card
 * (or to the PC/SC provider).
 */
public final class SsseProtocol {
    private static final Logger LOG = LoggerFactory.getLogger(SsseProtocol.class);
    /** "sx1.sh." + GBK "社会保障": the fixed DF name of SSSE (§2.2). */
    private static final byte[] SSSE_NAME = HexFormat.of().parseHex("7378312E73682EC9E7BBE1B1A3D5CF");
    private static final int SW_FILE_NOT_FOUND = 0x6A82;
    private static final int SW_RECORD_NOT_FOUND = 0x6A83;
    private static final int SW_BLOCKED = 0x6983;
    private static final int SW1_WRONG_PIN = 0x63;
    private static final int RETRY_COUNTER_FLAG = 0xC0;

    private final ReadRecordAddressing addressing;

    public SsseProtocol(ReadRecordAddressing addressing) {
        this.addressing = addressing;
    }

    /** The DF name SSSE is selected by. */
    public static byte[] ssseName() {
        return SSSE_NAME.clone();
    }

    /** Reads and decodes EF05 and EF06. */
    public SocialSecurityCard read(CardTransport wire) {
        MeteredTransport meter = new MeteredTransport(wire);
        CardTransport card = new GetResponseTransport(meter);
        selectSsse(card);
        Map<SsseItem, String> items = new EnumMap<>(SsseItem.class);
        SsseItem.File selected = null;
        for (SsseItem item : SsseItem.values()) {
            if (addressing.selectsFiles() && item.file() != selected) {
                selectFile(card, item.file());
                selected = item.file();
            }
            items.put(item, item.format().decode(item, readRecord(card, item)));
        }
        LOG.debug("EF05 and EF06 read with {} APDUs, {} ms at the card", meter.apduCount(), meter.cardTime().toMillis());
        return SocialSecurityCard.of(items, meter.apduCount());
    }

    /**
     * Selects SSSE and sends a PIN command built by {@link PinApdus} (VERIFY or CHANGE PIN). The command
     * is not kept; the caller wipes it.
     */
    public PinResult sendPinCommand(CardTransport wire, byte[] pinCommand) {
        CardTransport card = new GetResponseTransport(wire);
        selectSsse(card);
        CardResponse response = CardResponse.of(card.transmit(pinCommand));
        if (response.isOk()) {
            return new PinResult.Ok();
        }
        if (response.statusWord() == SW_BLOCKED || response.statusWord() == (SW1_WRONG_PIN << 8 | RETRY_COUNTER_FLAG)) {
            return new PinResult.Blocked();
        }
        if (response.sw1() == SW1_WRONG_PIN && (response.sw2() & 0xF0) == RETRY_COUNTER_FLAG) {
            return new PinResult.Wrong(response.sw2() & 0x0F);
        }
        throw new DeviceException.Protocol("the card refused the PIN command with SW " + response.statusText(),
                "check the PIN command bytes configured for this card (PinApdus; the defaults are unverified)");
    }

    private static void selectSsse(CardTransport card) {
        byte[] command = new byte[5 + SSSE_NAME.length];
        command[1] = (byte) 0xA4;
        command[2] = 0x04;
        command[4] = (byte) SSSE_NAME.length;
        System.arraycopy(SSSE_NAME, 0, command, 5, SSSE_NAME.length);
        CardResponse response = CardResponse.of(card.transmit(command));
        if (response.statusWord() == SW_FILE_NOT_FOUND) {
            throw new DeviceException.InvalidCard("this is not a social security card (it has no SSSE application)");
        }
        requireOk(response, "selecting SSSE");
    }

    private static void selectFile(CardTransport card, SsseItem.File file) {
        byte[] command = {0x00, (byte) 0xA4, 0x02, 0x00, 0x02, (byte) (file.fileId() >> 8), (byte) file.fileId()};
        CardResponse response = CardResponse.of(card.transmit(command));
        if (response.statusWord() == SW_FILE_NOT_FOUND) {
            throw new DeviceException.InvalidCard("the card has no " + file + " under SSSE");
        }
        requireOk(response, "selecting " + file);
    }

    private byte[] readRecord(CardTransport card, SsseItem item) {
        CardResponse response = CardResponse.of(card.transmit(addressing.readRecord(item)));
        if (response.statusWord() == SW_RECORD_NOT_FOUND) {
            throw new DeviceException.InvalidCard("the card has no " + item.label() + " (tag "
                    + String.format("%02X", item.tag()) + ")");
        }
        requireOk(response, "reading " + item.label());
        try {
            return TlvParser.parseRecord(response.data(), item.tag()).value();
        } catch (TlvFormatException e) {
            throw new DeviceException.Protocol("the card's " + item.label() + " record is malformed: " + e.getMessage(),
                    "take the card out and insert it again; if it persists the card may be damaged");
        }
    }

    private static void requireOk(CardResponse response, String step) {
        if (!response.isOk()) {
            throw new DeviceException.Protocol("the card answered SW " + response.statusText() + " when " + step,
                    "take the card out and insert it again; if it persists the card may be damaged");
        }
    }
}
