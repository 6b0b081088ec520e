package com.hallkiosk.device.idcard;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.Nations;
import com.hallkiosk.identity.Gender;
import com.hallkiosk.identity.IdNumbers;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The 256-byte text block of a card (UCS-2 LE, protocols §1.9 and §1.13), read into an {@link IdCard}
 * and, for the emulator, written from one. The card's kind comes first, from the type flag at bytes
 * 248–249; the resident layout also serves the HK/Macao/Taiwan permit (see {@link #decode}).
 */
public final class IdCardText {
    public static final int LENGTH = 256;
    static final TextField TYPE_FLAG = new TextField(248, 2);

    // The resident card (§1.9).
    private static final TextField NAME = new TextField(0, 30);
    private static final TextField GENDER = new TextField(30, 2);
    private static final TextField NATION = new TextField(32, 4);
    private static final TextField BIRTH = new TextField(36, 16);
    private static final TextField ADDRESS = new TextField(52, 70);
    private static final TextField ID_NUMBER = new TextField(122, 36);
    private static final TextField ISSUER = new TextField(158, 30);
    private static final TextField VALID_FROM = new TextField(188, 16);
    private static final TextField VALID_TO = new TextField(204, 16);

    private static final String PERMANENT = "长期";
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    /** The 2017 foreign card number: a 3-letter country code and 12 digits (15 characters, §1.13). */
    private static final Pattern FOREIGN_NUMBER_2017 = Pattern.compile("[A-Z]{3}\\d{12}");
    private static final int LAST_NATION_CODE = 98;

    private final ForeignCardLayout foreign;

    public IdCardText(ForeignCardLayout foreign) {
        this.foreign = foreign;
    }

    /**
     * The card in a text block, with the photo and fingerprint read alongside.
     *
     * <p>The HK/Macao/Taiwan residence permit (J) is read with the resident layout: its shared fields
     * (name to validity) are where the resident card has them, and what it adds (通行证号码, 签发次数)
     * lies in the part the resident card reserves. UNVERIFIED (§1.13 names the extra fields, not their
     * place): the extra fields are therefore not read.
     *
     * @throws DeviceException.Protocol    when the block is not 256 bytes
     * @throws DeviceException.InvalidCard when the card's content is not valid: unknown type flag, a
     *                                     date that is no date, an identity number whose GB 11643 check digit is wrong
     */
    public IdCard decode(byte[] text, byte[] photo, Optional<byte[]> fingerprint) {
        if (text.length != LENGTH) {
            throw new DeviceException.Protocol("idcard: the text block has " + text.length + " bytes, expected " + LENGTH,
                    "check that the device on this port is a GA/T 467 ID card module");
        }
        String flag = TYPE_FLAG.read(text);
        return switch (flag) {
            case "" -> resident(IdCard.Type.RESIDENT, text, photo, fingerprint);
            case "J" -> resident(IdCard.Type.HK_MACAO_TAIWAN, text, photo, fingerprint);
            case "I" -> foreign(text, photo, fingerprint);
            default -> throw invalid("the card's type flag '" + flag + "' is none of the known kinds (blank, I, J)");
        };
    }

    /** The text block of a card; the inverse of {@link #decode}, for the emulator's cards. */
    public byte[] encode(IdCard card) {
        byte[] text = new byte[LENGTH];
        new TextField(0, LENGTH).write(text, "");
        if (card.type() == IdCard.Type.FOREIGN_PERMANENT) {
            foreign.englishName().write(text, card.englishName());
            foreign.gender().write(text, String.valueOf(card.gender().code()));
            foreign.number().write(text, card.idNumber());
            foreign.nationality().write(text, card.nation());
            foreign.chineseName().write(text, card.englishName().equals(card.name()) ? "" : card.name());
            foreign.validFrom().write(text, YYYYMMDD.format(card.validFrom()));
            foreign.validTo().write(text, card.validTo().map(YYYYMMDD::format).orElse(PERMANENT));
            foreign.birth().write(text, YYYYMMDD.format(card.birth()));
            foreign.authority().write(text, card.issuer());
        } else {
            NAME.write(text, card.name());
            GENDER.write(text, String.valueOf(card.gender().code()));
            NATION.write(text, card.nation().isEmpty() ? "" : nationCode(card.nation()));
            BIRTH.write(text, YYYYMMDD.format(card.birth()));
            ADDRESS.write(text, card.address());
            ID_NUMBER.write(text, card.idNumber());
            ISSUER.write(text, card.issuer());
            VALID_FROM.write(text, YYYYMMDD.format(card.validFrom()));
            VALID_TO.write(text, card.validTo().map(YYYYMMDD::format).orElse(PERMANENT));
        }
        TYPE_FLAG.write(text, String.valueOf(card.type().flag()));
        return text;
    }

    private IdCard resident(IdCard.Type type, byte[] text, byte[] photo, Optional<byte[]> fingerprint) {
        String name = required(NAME.read(text), "name");
        String nationCode = NATION.read(text);
        // A permit holder has no nation (民族); a resident card must name one of GB 3304.
        String nation = type == IdCard.Type.HK_MACAO_TAIWAN && nationCode.isEmpty() ? ""
                : Nations.byCode(nationCode).orElseThrow(() -> invalid("nation code '" + nationCode + "' is not in GB 3304"));
        String birthText = BIRTH.read(text);
        LocalDate birth = date(birthText, "birth date");
        String number = ID_NUMBER.read(text);
        checkDigit(number);
        if (!number.substring(6, 14).equals(birthText)) {
            throw invalid("the identity number " + PersonalDataMasking.idNumber(number) + " does not carry the card's birth date");
        }
        return new IdCard(type, name, "", gender(GENDER.read(text)), nation, birth, ADDRESS.read(text), number,
                ISSUER.read(text), date(VALID_FROM.read(text), "valid-from date"), validTo(VALID_TO.read(text)),
                photo, fingerprint);
    }

    private IdCard foreign(byte[] text, byte[] photo, Optional<byte[]> fingerprint) {
        String englishName = foreign.englishName().read(text);
        String chineseName = foreign.chineseName().read(text);
        String name = required(chineseName.isEmpty() ? englishName : chineseName, "name");
        String number = foreign.number().read(text);
        LocalDate birth = date(foreign.birth().read(text), "birth date");
        if (!FOREIGN_NUMBER_2017.matcher(number).matches()) {
            // The 2023 card's 18-digit number starting with 9 has a GB 11643 check digit (§1.13); where
            // it keeps the birth date is not sourced, so only the check digit is checked.
            checkDigit(number);
        }
        return new IdCard(IdCard.Type.FOREIGN_PERMANENT, name, englishName, gender(foreign.gender().read(text)),
                foreign.nationality().read(text), birth, "", number, foreign.authority().read(text),
                date(foreign.validFrom().read(text), "valid-from date"), validTo(foreign.validTo().read(text)),
                photo, fingerprint);
    }

    private static void checkDigit(String number) {
        if (!IdNumbers.hasValidCheckDigit(number)) {
            throw invalid("the identity number " + PersonalDataMasking.idNumber(number) + " fails its GB 11643 check digit");
        }
    }

    private static Gender gender(String code) {
        return Gender.of(code).orElseThrow(() -> invalid("gender code '" + code + "' is not in GB/T 2261.1"));
    }

    private static Optional<LocalDate> validTo(String text) {
        return text.equals(PERMANENT) ? Optional.empty() : Optional.of(date(text, "valid-to date"));
    }

    private static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw invalid("the card's " + what + " is not a date of the form YYYYMMDD");
        }
    }

    private static String required(String value, String what) {
        if (value.isEmpty()) {
            throw invalid("the card has no " + what);
        }
        return value;
    }

    private static String nationCode(String nation) {
        return IntStream.rangeClosed(1, LAST_NATION_CODE)
                .filter(code -> Nations.byCode(code).filter(nation::equals).isPresent())
                .mapToObj(code -> String.format("%02d", code))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not a GB 3304 nation: " + nation));
    }

    private static DeviceException.InvalidCard invalid(String why) {
        return new DeviceException.InvalidCard("idcard: " + why);
    }
}
