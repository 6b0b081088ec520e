package com.hallkiosk.device.sscard;

import java.time.Duration;

/**
 * How the social security card reader is set up.
 *
 * @param readerName   the PC/SC reader to use: its exact name, or the start of it (pcsc-lite appends
 *                     " 00 00" and renumbers readers when they are replugged); empty for the first reader
 * @param callTimeout  the deadline of every call (a read is 16 APDUs; a card answers each in milliseconds)
 * @param presencePoll the longest the presence watch blocks in PC/SC before it looks again
 * @param addressing   how READ RECORD addresses the records
 * @param pinApdus     the PIN commands [UNVERIFIED defaults]
 */
public record ReaderSettings(String readerName, Duration callTimeout, Duration presencePoll,
        ReadRecordAddressing addressing, PinApdus pinApdus) {

    public static ReaderSettings defaults() {
        return new ReaderSettings("", Duration.ofSeconds(10), Duration.ofMillis(500), ReadRecordAddressing.BY_TAG,
                PinApdus.defaults());
    }

    public ReaderSettings withReaderName(String name) {
        return new ReaderSettings(name, callTimeout, presencePoll, addressing, pinApdus);
    }

    public ReaderSettings withCallTimeout(Duration timeout) {
        return new ReaderSettings(readerName, timeout, presencePoll, addressing, pinApdus);
    }

    public ReaderSettings withPresencePoll(Duration poll) {
        return new ReaderSettings(readerName, callTimeout, poll, addressing, pinApdus);
    }

    public ReaderSettings withAddressing(ReadRecordAddressing mode) {
        return new ReaderSettings(readerName, callTimeout, presencePoll, mode, pinApdus);
    }

    public ReaderSettings withPinApdus(PinApdus apdus) {
        return new ReaderSettings(readerName, callTimeout, presencePoll, addressing, apdus);
    }
}
