package com.hallkiosk.device.sscard.emulator;

import com.hallkiosk.identity.IdNumbers;
import com.hallkiosk.identity.Gender;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Ready-made cardholders and card states for tests, demos and the benchmark. Identifiers follow the
 * shapes of the real samples in protocols §2.4/2.6 (region, then the RID D156000005, then 8 bytes);
 * social security numbers are 18 characters with the right GB 11643 check character.
 */
public final class ScriptedCards {
    private static final String RID = "D156000005";

    private ScriptedCards() {
    }

    /** 张三, a third-generation card (spec 3.00) from 鞍山铁东, 汉, 6 PIN tries, PIN 123456. */
    public static ScriptedCard zhangSan() {
        return new ScriptedCard("210300" + RID + "C38275EEFC9B9648", "3", "3.00", "210300000000000000000001",
                LocalDate.of(2021, 12, 3), LocalDate.of(2031, 12, 2), "X00000019",
                ssn("210302", LocalDate.of(1981, 1, 1), "123"), "张三", Gender.MALE, 1, "210302",
                LocalDate.of(1981, 1, 1), "123456", CardBehaviour.PIN_TRY_LIMIT);
    }

    /**
     * 欧阳娜娜, a second-generation card (spec 2.00) from 抚顺, 满 (11), whose birthplace is recorded
     * only to the city (2104, F-filled), PIN 654321.
     */
    public static ScriptedCard ouyangNana() {
        return new ScriptedCard("210400" + RID + "00BF7C7A48FB4966", "1", "2.00", "210400000000000000000002",
                LocalDate.of(2015, 6, 30), LocalDate.of(2025, 6, 29), "D12345678",
                ssn("210402", LocalDate.of(1995, 8, 20), "208"), "欧阳娜娜", Gender.FEMALE, 11, "2104",
                LocalDate.of(1995, 8, 20), "654321", CardBehaviour.PIN_TRY_LIMIT);
    }

    /** 张三's card after six wrong PINs: VERIFY answers 6983 whatever the PIN. */
    public static ScriptedCard blockedPin() {
        return zhangSan().withPinTriesLeft(0);
    }

    /** An 18-character number: region, birth date, sequence, and the check character computed for them. */
    static String ssn(String region, LocalDate birthDate, String sequence) {
        String first17 = region + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence;
        return first17 + IdNumbers.checkDigit(first17);
    }
}
