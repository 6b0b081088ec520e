package com.hallkiosk.catalog.store;

import com.hallkiosk.calendar.HolidayCalendar;
import com.hallkiosk.calendar.HolidayCalendarLoader;
import com.hallkiosk.calendar.HolidayYear;
import com.hallkiosk.catalog.model.CatalogRules;
import com.hallkiosk.eligibility.InvalidRuleFileException;
import com.hallkiosk.eligibility.RuleBook;
import com.hallkiosk.eligibility.RuleFileReader;
import com.hallkiosk.eligibility.RuleSet;
import java.util.List;

/**
 * The rule rows ({@link RowKind#RULESET}, {@link RowKind#HOLIDAYS}) read with the curated files' own readers: a
 * row that would not load from a file does not enter a catalog either, wherever it arrives (a publish at the
 * central, a payload at the kiosk, the kiosk's write), and its key must be what its body says it is.
 */
public final class RuleRows {
    private RuleRows() {
    }

    /** Whether a row's kind is one of the rule kinds this class reads. */
    public static boolean isRule(RowKind kind) {
        return kind == RowKind.RULESET || kind == RowKind.HOLIDAYS;
    }

    /**
     * Reads a rule row as a kiosk would; other kinds pass.
     *
     * @throws InvalidRuleRowException naming the row, the field and what is wrong
     */
    public static void check(CatalogRow row) {
        if (row.kind() == RowKind.RULESET) {
            RuleSet set = ruleSet(row.scope(), row.key(), row.body());
            String key = CatalogRules.RuleSetText.key(row.scope(), set.itemNumber(), set.validFrom());
            require(row.key().equals(key), row, "its key must be " + key + ", as its region, item and validFrom say");
        } else if (row.kind() == RowKind.HOLIDAYS) {
            require(RowKind.GLOBAL_SCOPE.equals(row.scope()), row, "a holiday year's scope is " + RowKind.GLOBAL_SCOPE);
            HolidayYear year = holidayYear(row.key(), row.body());
            require(row.key().equals(Integer.toString(year.year())), row,
                    "its key must be its year " + year.year());
        }
    }

    /** A region's rule book from its rule sets' texts, in order. */
    public static RuleBook ruleBook(String regionId, List<CatalogRules.RuleSetText> ruleSets) {
        return new RuleBook(ruleSets.stream().map(set -> ruleSet(regionId, set.key(), set.body())).toList());
    }

    /** The holiday calendar from its years' texts. */
    public static HolidayCalendar calendar(List<CatalogRules.HolidayYearText> years) {
        return new HolidayCalendar(years.stream()
                .map(year -> holidayYear(Integer.toString(year.year()), year.body())).toList());
    }

    private static RuleSet ruleSet(String regionId, String key, String body) {
        String described = RowKind.RULESET.wireName() + " " + key;
        try {
            return RuleFileReader.readRuleSet(regionId, described, body);
        } catch (InvalidRuleFileException e) {
            throw new InvalidRuleRowException(e.getMessage(), e);
        }
    }

    private static HolidayYear holidayYear(String key, String body) {
        try {
            return new HolidayCalendarLoader().readYear(body, RowKind.HOLIDAYS.wireName() + " " + key);
        } catch (HolidayCalendarLoader.InvalidCalendarException e) {
            throw new InvalidRuleRowException(e.getMessage(), e);
        }
    }

    private static void require(boolean condition, CatalogRow row, String why) {
        if (!condition) {
            throw new InvalidRuleRowException(row.kind().wireName() + " " + row.key() + ": " + why, null);
        }
    }

    /** A rule row no kiosk could use; the message names the row and the field. */
    public static final class InvalidRuleRowException extends IllegalArgumentException {
        InvalidRuleRowException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
