package com.hallkiosk.device.sscard;

import com.hallkiosk.device.DeviceException;
import java.util.Map;
import javax.smartcardio.CardNotPresentException;
import jnasmartcardio.Smartcardio;

/**
 * What a PC/SC error means for the kiosk, whichever provider raised it. jnasmartcardio carries the
 * PC/SC return code; SunPCSC and the in-process emulator carry its name (e.g. SCARD_E_NO_SERVICE) in
 * the message, so both are looked for along the cause chain.
 */
enum PcscFailure {
    /** pcscd is not running, or was restarted under an old context. */
    SERVICE_DOWN,
    /** The reader is not (or no longer) there. */
    READER_GONE,
    /** The card is not (or no longer) in the reader. */
    CARD_GONE,
    OTHER;

    private static final Map<String, PcscFailure> BY_NAME = Map.of(
            "SCARD_E_NO_SERVICE", SERVICE_DOWN,
            "SCARD_E_SERVICE_STOPPED", SERVICE_DOWN,
            "SCARD_E_INVALID_HANDLE", SERVICE_DOWN,
            "SCARD_E_NO_READERS_AVAILABLE", READER_GONE,
            "SCARD_E_READER_UNAVAILABLE", READER_GONE,
            "SCARD_E_UNKNOWN_READER", READER_GONE,
            "SCARD_E_NO_SMARTCARD", CARD_GONE,
            "SCARD_W_REMOVED_CARD", CARD_GONE,
            "SCARD_W_RESET_CARD", CARD_GONE);
    private static final Map<Long, String> NAME_BY_CODE = Map.of(
            0x8010001DL, "SCARD_E_NO_SERVICE",
            0x8010001EL, "SCARD_E_SERVICE_STOPPED",
            0x80100003L, "SCARD_E_INVALID_HANDLE",
            0x8010002EL, "SCARD_E_NO_READERS_AVAILABLE",
            0x80100017L, "SCARD_E_READER_UNAVAILABLE",
            0x80100009L, "SCARD_E_UNKNOWN_READER",
            0x8010000CL, "SCARD_E_NO_SMARTCARD",
            0x80100069L, "SCARD_W_REMOVED_CARD",
            0x80100068L, "SCARD_W_RESET_CARD");

    static final String PCSCD_NOT_RUNNING = "pcscd not running";
    static final String READER_UNPLUGGED = "reader unplugged";

    static PcscFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CardNotPresentException) {
                return CARD_GONE;
            }
            if (t instanceof Smartcardio.JnaPCSCException jna && NAME_BY_CODE.containsKey(jna.code & 0xFFFFFFFFL)) {
                return BY_NAME.get(NAME_BY_CODE.get(jna.code & 0xFFFFFFFFL));
            }
            String message = String.valueOf(t.getMessage());
            for (Map.Entry<String, PcscFailure> entry : BY_NAME.entrySet()) {
                if (message.contains(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return OTHER;
    }

    /** The typed error for a failed PC/SC call; {@code operation} says what the kiosk was doing. */
    static DeviceException toDeviceException(String operation, Throwable failure) {
        return switch (of(failure)) {
            case SERVICE_DOWN -> new DeviceException.Offline(PCSCD_NOT_RUNNING + " (" + operation + ")",
                    "start the PC/SC service: systemctl start pcscd (Debian package pcscd)", failure);
            case READER_GONE -> new DeviceException.Offline(READER_UNPLUGGED + " (" + operation + ")",
                    "plug the card reader in; pcsc_scan lists the readers pcscd sees", failure);
            case CARD_GONE -> new DeviceException.CardRemoved("the card was taken out (" + operation + ")");
            case OTHER -> new DeviceException("PC/SC failed (" + operation + "): " + failure.getMessage(),
                    "pcsc_scan shows whether pcscd sees the reader and the card", failure);
        };
    }
}
