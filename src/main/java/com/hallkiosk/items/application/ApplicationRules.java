package com.hallkiosk.items.application;

import com.hallkiosk.calendar.HolidayCalendar;
import com.hallkiosk.calendar.HolidayCalendarLoader;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.eligibility.RuleBook;
import com.hallkiosk.eligibility.RuleFileReader;
import com.hallkiosk.eligibility.RuleSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one region says about one application: its rule set for the day (by the region's id and the catalog
 * item's number, as {@code catalog/rules/<region>.json} keys them), its time limit, and the calendar the
 * time limit is counted on.
 */
public record ApplicationRules(String region, Item catalogItem, RuleBook book, HolidayCalendar calendar) {
    /**
     * The rules and the holiday calendar of the curated catalog files in the jar, for tests; a kiosk uses those of
     * its catalog store, which sync keeps current.
     */
    public static ApplicationRules shipped(String region, Item catalogItem) {
        return new ApplicationRules(region, catalogItem, RuleFileReader.fromClasspath(List.of(region)),
                new HolidayCalendarLoader().shipped());
    }

    Optional<RuleSet> ruleSet(LocalDate day) {
        return book.ruleSet(region, catalogItem.number(), day);
    }

    TimeLimit timeLimit() {
        return TimeLimit.of(catalogItem);
    }
}
