package com.hallkiosk.device.idcard;

import com.hallkiosk.identity.Gender;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an identity card holds, as the SAM module reads it. The photo stays the 1024 WLT-compressed
 * bytes the card stores (a {@link WltDecoder} turns them into a picture); the fingerprint is there
 * only when it was asked for and the card has one. toString masks everything personal.
 *
 * @param name        the Chinese name; on a foreign card without one, the English name
 * @param englishName the English name of a foreign permanent resident card, else empty
 * @param nation      the nation (民族) of a resident card by GB 3304, e.g. "汉"; the nationality code
 *                    of a foreign card, e.g. "CAN"; empty on an HK/Macao/Taiwan permit
 * @param address     empty on a foreign card, which stores none
 * @param idNumber    the citizen identity number, or the foreign card's permanent residence number
 * @param issuer      the issuing authority, or the foreign card's authority code
 * @param validTo     empty when the card is valid for good (长期)
 */
public record IdCard(Type type, String name, String englishName, Gender gender, String nation, LocalDate birth,
                     String address, String idNumber, String issuer, LocalDate validFrom, Optional<LocalDate> validTo,
                     byte[] photoWlt, Optional<byte[]> fingerprint) {

    /** The kinds of card a GA/T 467 module reads, told apart by the type flag at text bytes 248–249. */
    public enum Type {
        RESIDENT(' '),
        FOREIGN_PERMANENT('I'),
        HK_MACAO_TAIWAN('J');

        private final char flag;

        Type(char flag) {
            this.flag = flag;
        }

        /** The type flag the card stores; a space for the resident card, which has none. */
        public char flag() {
            return flag;
        }
    }

    public IdCard {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(birth, "birth");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        photoWlt = photoWlt.clone();
        fingerprint = fingerprint.map(byte[]::clone);
    }

    @Override
    public byte[] photoWlt() {
        return photoWlt.clone();
    }

    @Override
    public Optional<byte[]> fingerprint() {
        return fingerprint.map(byte[]::clone);
    }

    /** True for a card valid for good (有效期 长期). */
    public boolean permanent() {
        return validTo.isEmpty();
    }

    /** True when the card's last valid day lies before {@code day}. */
    public boolean expiredOn(LocalDate day) {
        return validTo.map(day::isAfter).orElse(false);
    }

    @Override
    public String toString() {
        return "IdCard[" + type + ", name=" + PersonalDataMasking.name(name)
                + (englishName.isEmpty() ? "" : ", englishName=" + PersonalDataMasking.name(englishName))
                + ", idNumber=" + PersonalDataMasking.idNumber(idNumber)
                + ", validTo=" + validTo.map(LocalDate::toString).orElse("长期")
                + ", photo=" + photoWlt.length + " WLT bytes"
                + ", fingerprint=" + fingerprint.map(f -> f.length + " bytes").orElse("none") + "]";
    }
}
