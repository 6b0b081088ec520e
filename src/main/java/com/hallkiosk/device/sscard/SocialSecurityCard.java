package com.hallkiosk.device.sscard;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.Nations;
import com.hallkiosk.identity.Gender;
import com.hallkiosk.identity.IdNumbers;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;

/**
 * What a 社会保障卡 gives out without a PIN: EF05 (the card) and EF06 (the cardholder), decoded and
 * checked. {@link #toString()} masks the personal data.
 *
 * @param cardIdentifier       卡的识别码, 32 hex digits; the first 6 are the issuing region
 * @param cardType             卡的类别 (one character)
 * @param specVersion          规范版本, e.g. {@code 3.00}
 * @param issuer               初始化机构编号, 24 hex digits
 * @param issueDate            发卡日期
 * @param expiryDate           卡有效期
 * @param cardNumber           卡号, e.g. {@code X00000019}
 * @param socialSecurityNumber 社会保障号码 (= the citizen identity number), check digit verified
 * @param name                 姓名, decoded from GBK, padding trimmed
 * @param gender               性别
 * @param ethnicity            民族, by its GB 3304 name, e.g. 汉
 * @param birthplace           出生地, the administrative region code with its F filling stripped
 * @param birthDate            出生日期
 * @param apduCount            the APDUs the reader sent to read it (GET RESPONSE and resends included)
 */
public record SocialSecurityCard(String cardIdentifier, String cardType, String specVersion, String issuer,
        LocalDate issueDate, LocalDate expiryDate, String cardNumber, String socialSecurityNumber, String name,
        Gender gender, String ethnicity, String birthplace, LocalDate birthDate, int apduCount) {

    private static final DateTimeFormatter BCD_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int REGION_DIGITS = 6;

    /** 发卡地区行政区划代码: the region that issued the card, the first 6 digits of the card identifier. */
    public String issuingRegion() {
        return cardIdentifier.substring(0, REGION_DIGITS);
    }

    /**
     * The card from its decoded items (every item of {@link SsseItem} present); fails with
     * {@link DeviceException.InvalidCard} when an item is blank or not valid, e.g. a wrong check digit.
     */
    static SocialSecurityCard of(Map<SsseItem, String> items, int apduCount) {
        String ssn = required(items, SsseItem.SOCIAL_SECURITY_NUMBER);
        if (!IdNumbers.hasValidCheckDigit(ssn)) {
            throw new DeviceException.InvalidCard("the card's social security number fails its GB 11643 check");
        }
        String ethnicityCode = required(items, SsseItem.ETHNICITY);
        String ethnicity = Nations.byCode(ethnicityCode).orElseThrow(
                () -> new DeviceException.InvalidCard("the card's nation code is not in GB 3304"));
        String identifier = required(items, SsseItem.CARD_IDENTIFIER);
        if (!identifier.substring(0, REGION_DIGITS).chars().allMatch(Character::isDigit)) {
            throw new DeviceException.InvalidCard("the card identifier does not start with a region code");
        }
        return new SocialSecurityCard(identifier, required(items, SsseItem.CARD_TYPE),
                required(items, SsseItem.SPEC_VERSION), required(items, SsseItem.ISSUER),
                date(items, SsseItem.ISSUE_DATE), date(items, SsseItem.EXPIRY_DATE),
                required(items, SsseItem.CARD_NUMBER), ssn, required(items, SsseItem.NAME),
                gender(required(items, SsseItem.GENDER)), ethnicity, required(items, SsseItem.BIRTHPLACE),
                date(items, SsseItem.BIRTH_DATE), apduCount);
    }

    private static Gender gender(String code) {
        return Gender.of(code).orElseThrow(
                () -> new DeviceException.InvalidCard("the card's gender code is not a GB/T 2261.1 code"));
    }

    private static String required(Map<SsseItem, String> items, SsseItem item) {
        String text = items.get(item);
        if (text == null || text.isEmpty()) {
            // Third-generation cards were seen with these items blank in the free-read area [UNVERIFIED].
            throw new DeviceException.InvalidCard("the card's " + item.label() + " is blank; this card may not give"
                    + " it out without a PIN");
        }
        return text;
    }

    private static LocalDate date(Map<SsseItem, String> items, SsseItem item) {
        try {
            return LocalDate.parse(required(items, item), BCD_DATE);
        } catch (DateTimeParseException e) {
            throw new DeviceException.InvalidCard("the card's " + item.label() + " is not a date");
        }
    }

    @Override
    public String toString() {
        return "SocialSecurityCard[cardIdentifier=" + PersonalDataMasking.idNumber(cardIdentifier)
                + ", cardType=" + cardType + ", specVersion=" + specVersion + ", issuer=" + issuer
                + ", issueDate=" + issueDate + ", expiryDate=" + expiryDate
                + ", cardNumber=" + PersonalDataMasking.socialSecurityCardNumber(cardNumber)
                + ", socialSecurityNumber=" + PersonalDataMasking.idNumber(socialSecurityNumber)
                + ", name=" + PersonalDataMasking.name(name)
                + ", gender=*, ethnicity=*, birthplace=*, birthDate=*, apduCount=" + apduCount + "]";
    }
}
