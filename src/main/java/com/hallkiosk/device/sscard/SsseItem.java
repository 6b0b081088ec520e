package com.hallkiosk.device.sscard;

/**
 * The data items of the SSSE basic data area that the card gives out without a PIN (protocols §2.3:
 * only EF05 and EF06), with the record tag, the value length and representation of each (§2.4). The
 * record identifier on the card is the tag, and records are numbered in tag order.
 */
public enum SsseItem {
    CARD_IDENTIFIER(File.EF05, 0x01, 16, ItemFormat.HEX, "卡的识别码"),
    CARD_TYPE(File.EF05, 0x02, 1, ItemFormat.ASCII, "卡的类别"),
    SPEC_VERSION(File.EF05, 0x03, 4, ItemFormat.ASCII, "规范版本"),
    ISSUER(File.EF05, 0x04, 12, ItemFormat.HEX, "初始化机构编号"),
    ISSUE_DATE(File.EF05, 0x05, 4, ItemFormat.BCD, "发卡日期"),
    EXPIRY_DATE(File.EF05, 0x06, 4, ItemFormat.BCD, "卡有效期"),
    CARD_NUMBER(File.EF05, 0x07, 9, ItemFormat.ASCII, "卡号"),
    SOCIAL_SECURITY_NUMBER(File.EF06, 0x08, 18, ItemFormat.ASCII, "社会保障号码"),
    NAME(File.EF06, 0x09, 30, ItemFormat.GBK, "姓名"),
    GENDER(File.EF06, 0x0A, 1, ItemFormat.ASCII, "性别"),
    ETHNICITY(File.EF06, 0x0B, 1, ItemFormat.BCD, "民族"),
    BIRTHPLACE(File.EF06, 0x0C, 3, ItemFormat.BCD_F_FILLED, "出生地"),
    BIRTH_DATE(File.EF06, 0x0D, 4, ItemFormat.BCD, "出生日期");

    /** The two elementary files under SSSE that hold these items. */
    public enum File {
        /** 发卡机构数据文件, issuer data. */
        EF05(0xEF05, 5),
        /** 持卡人基本信息文件, cardholder data (personal). */
        EF06(0xEF06, 6);

        private final int fileId;
        private final int shortFileId;

        File(int fileId, int shortFileId) {
            this.fileId = fileId;
            this.shortFileId = shortFileId;
        }

        public int fileId() {
            return fileId;
        }

        /** The short file identifier used by READ RECORD with P2 = (SFI << 3) | 04. */
        public int shortFileId() {
            return shortFileId;
        }
    }

    private final File file;
    private final int tag;
    private final int length;
    private final ItemFormat format;
    private final String label;

    SsseItem(File file, int tag, int length, ItemFormat format, String label) {
        this.file = file;
        this.tag = tag;
        this.length = length;
        this.format = format;
        this.label = label;
    }

    public File file() {
        return file;
    }

    public int tag() {
        return tag;
    }

    /** The value's length in bytes; the record is two bytes longer (tag and length). */
    public int length() {
        return length;
    }

    public ItemFormat format() {
        return format;
    }

    /** The item's name in the specification, e.g. 卡号. */
    public String label() {
        return label;
    }
}
