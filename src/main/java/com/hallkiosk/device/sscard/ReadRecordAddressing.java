package com.hallkiosk.device.sscard;

/**
 * The two ways working code addresses an EF05/EF06 record with READ RECORD (protocols §2.3); both read
 * each item with one APDU, and the second saves the two SELECT EF commands.
 */
public enum ReadRecordAddressing {
    /** SELECT EF05 (then EF06) by file identifier, then {@code 00 B2 <tag> 00 <Le>}: the record whose identifier is the tag. */
    BY_TAG {
        @Override
        byte[] readRecord(SsseItem item) {
            return new byte[] {0x00, INS_READ_RECORD, (byte) item.tag(), 0x00, (byte) (item.length() + 2)};
        }
    },
    /** No SELECT EF: {@code 00 B2 <n> <(SFI << 3) | 04> <Le>}, record number n (= the tag) of the EF with that SFI. */
    BY_SHORT_FILE_ID {
        @Override
        byte[] readRecord(SsseItem item) {
            int p2 = item.file().shortFileId() << 3 | RECORD_NUMBER;
            return new byte[] {0x00, INS_READ_RECORD, (byte) item.tag(), (byte) p2, (byte) (item.length() + 2)};
        }
    };

    private static final byte INS_READ_RECORD = (byte) 0xB2;
    private static final int RECORD_NUMBER = 0x04;

    /**
     * The READ RECORD command for {@code item}. Le is the record's exact length (tag, length, value), so
     * a T=0 card has no reason to answer 6Cxx and each item costs one APDU.
     */
    abstract byte[] readRecord(SsseItem item);

    boolean selectsFiles() {
        return this == BY_TAG;
    }
}
