package com.hallkiosk.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data the way the whole kiosk shows and records it: identity and card numbers keep
 * their first 6 and last 4 characters, names their first character, mobile numbers 3 + 4 digits.
 */
public final class PersonalDataMasking {
    private static final int KEEP_HEAD = 6;
    private static final int KEEP_TAIL = 4;
    private static final int CARD_NUMBER_HEAD = 1;
    private static final int CARD_NUMBER_TAIL = 2;
    private static final Pattern ID_OR_CARD_NUMBER = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|\\d{15,19})(?![0-9A-Za-z])");
    private static final Pattern DISTRICT = Pattern.compile("^.*?(?:省|自治区)?.*?(?:市|州|盟|地区).*?(?:区|县|旗|市)");
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9]\\d)(\\d{4})(\\d{4})(?![0-9])");

    private PersonalDataMasking() {
    }

    /** {@code 210302199001011234} → {@code 210302********1234}. */
    public static String idNumber(String number) {
        if (number == null || number.length() <= KEEP_HEAD + KEEP_TAIL) {
            return number == null ? null : "*".repeat(number.length());
        }
        return number.substring(0, KEEP_HEAD)
                + "*".repeat(number.length() - KEEP_HEAD - KEEP_TAIL)
                + number.substring(number.length() - KEEP_TAIL);
    }

    /**
     * {@code X00000019} → {@code X******19}: a 社保卡 card number (9 characters) is too short to keep 6 + 4,
     * so it keeps its first character (the issuing letter) and its last two, enough to match the card in hand.
     */
    public static String socialSecurityCardNumber(String number) {
        if (number == null || number.length() <= CARD_NUMBER_HEAD + CARD_NUMBER_TAIL + 2) {
            return number == null ? null : "*".repeat(number.length());
        }
        return number.substring(0, CARD_NUMBER_HEAD)
                + "*".repeat(number.length() - CARD_NUMBER_HEAD - CARD_NUMBER_TAIL)
                + number.substring(number.length() - CARD_NUMBER_TAIL);
    }

    /** {@code 欧阳娜娜} → {@code 欧***}: the first character, then a fixed mask that hides the length. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return name.substring(0, Character.charCount(name.codePointAt(0))) + "***";
    }

    /**
     * {@code 辽宁省鞍山市铁东区安乐街16号} → {@code 辽宁省鞍山市铁东区***}: the address up to its district (区, 县 or
     * 旗 after the city, or a county-level 市), the street and number hidden; without a recognisable district,
     * at most the first six characters and never more than half.
     */
    public static String address(String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        Matcher district = DISTRICT.matcher(address);
        int keep = district.find() ? district.end() : Math.min(KEEP_HEAD, address.length() / 2);
        return keep >= address.length() ? address : address.substring(0, keep) + "***";
    }

    /**
     * Masks what looks like an identity, card or mobile number anywhere in free text: the safety net
     * under every log line, for numbers that reach a message by mistake.
     */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        Matcher ids = ID_OR_CARD_NUMBER.matcher(text);
        String masked = ids.replaceAll(match -> Matcher.quoteReplacement(idNumber(match.group(1))));
        return MOBILE.matcher(masked).replaceAll("$1****$3");
    }
}
