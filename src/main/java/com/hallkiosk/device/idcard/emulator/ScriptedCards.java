package com.hallkiosk.device.idcard.emulator;

import com.hallkiosk.identity.Gender;
import com.hallkiosk.device.idcard.IdCard.Type;
import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.identity.IdNumbers;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;

/**
 * Made-up cards for the emulator: no real person's data. Their photos are 1024 bytes of seeded noise
 * in place of WLT data (a real WLT photo needs the vendor's codec, protocols §1.11), their
 * fingerprints likewise.
 */
public final class ScriptedCards {
    private static final int PHOTO_BYTES = 1024;
    private static final int FINGERPRINT_BYTES = 1024;

    private ScriptedCards() {
    }

    /** A resident card valid until 2035, with a fingerprint; its number is GB 11643's own example. */
    public static IdCard resident() {
        return new IdCard(Type.RESIDENT, "张三", "", Gender.FEMALE, "汉", LocalDate.of(1949, 12, 31),
                "北京市朝阳区建国路1号", withCheckDigit("11010519491231002"), "北京市公安局朝阳分局",
                LocalDate.of(2015, 7, 1), Optional.of(LocalDate.of(2035, 7, 1)), noise(1, PHOTO_BYTES),
                Optional.of(noise(2, FINGERPRINT_BYTES)));
    }

    /** A resident card valid for good (长期), without a fingerprint. */
    public static IdCard permanentResident() {
        return new IdCard(Type.RESIDENT, "李四", "", Gender.MALE, "满", LocalDate.of(1958, 3, 9),
                "辽宁省抚顺市新抚区东一路2号", withCheckDigit("21040219580309001"), "抚顺市公安局新抚分局",
                LocalDate.of(2010, 5, 20), Optional.empty(), noise(3, PHOTO_BYTES), Optional.empty());
    }

    /** A resident card whose validity ended in 2018. */
    public static IdCard expired() {
        return new IdCard(Type.RESIDENT, "王五", "", Gender.MALE, "蒙古", LocalDate.of(1990, 1, 1),
                "广东省深圳市福田区福华路3号", withCheckDigit("44030419900101123"), "深圳市公安局福田分局",
                LocalDate.of(2008, 1, 1), Optional.of(LocalDate.of(2018, 1, 1)), noise(4, PHOTO_BYTES), Optional.empty());
    }

    /** A resident card whose number's last character is not its GB 11643 check digit. */
    public static IdCard invalidCheckDigit() {
        String body = "32010219800215005";
        char wrong = IdNumbers.checkDigit(body) == '1' ? '2' : '1';
        return new IdCard(Type.RESIDENT, "赵六", "", Gender.FEMALE, "回", LocalDate.of(1980, 2, 15),
                "江苏省南京市玄武区中山路4号", body + wrong, "南京市公安局玄武分局",
                LocalDate.of(2016, 2, 1), Optional.of(LocalDate.of(2036, 2, 1)), noise(5, PHOTO_BYTES), Optional.empty());
    }

    /** A foreign permanent resident card (type I) of the 2017 kind: a 15-character number. */
    public static IdCard foreignPermanent() {
        return new IdCard(Type.FOREIGN_PERMANENT, "史密斯", "SMITH JOHN", Gender.MALE, "CAN", LocalDate.of(1985, 9, 18),
                "", "CAN110085091801", "1100", LocalDate.of(2017, 6, 1), Optional.of(LocalDate.of(2027, 6, 1)),
                noise(6, PHOTO_BYTES), Optional.empty());
    }

    /** An HK/Macao/Taiwan residence permit (type J): a GB 11643 number starting 81, no nation. */
    public static IdCard hongKongMacaoTaiwan() {
        return new IdCard(Type.HK_MACAO_TAIWAN, "陈大文", "", Gender.MALE, "", LocalDate.of(1995, 1, 1),
                "广东省深圳市南山区科技园5号", withCheckDigit("81000019950101123"), "深圳市公安局",
                LocalDate.of(2023, 6, 1), Optional.of(LocalDate.of(2028, 6, 1)), noise(7, PHOTO_BYTES), Optional.empty());
    }

    private static String withCheckDigit(String first17) {
        return first17 + IdNumbers.checkDigit(first17);
    }

    private static byte[] noise(long seed, int length) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
