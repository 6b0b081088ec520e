package com.hallkiosk.catalog.model;

import java.util.List;
import java.util.Objects;

/**
 * The region rules that travel with the catalog (design README, "Catalog sync"): each region's eligibility rule
 * sets and each year's holiday notice, kept as the JSON text the curated files give them. The catalog carries
 * them as text because only the kiosk's readers ({@code RuleFileReader}, {@code HolidayCalendarLoader}) know
 * their format; the store turns them into a rule book and a calendar.
 */
public record CatalogRules(List<RuleSetText> ruleSets, List<HolidayYearText> holidayYears) {
    /** A catalog without rules: what a catalog built for search, or before rules travelled, carries. */
    public static final CatalogRules NONE = new CatalogRules(List.of(), List.of());

    public CatalogRules {
        ruleSets = List.copyOf(ruleSets);
        holidayYears = List.copyOf(holidayYears);
    }

    /** The rule sets of one region, and every holiday year (they belong to every region). */
    public CatalogRules ofRegion(String regionId) {
        return new CatalogRules(ruleSets.stream().filter(set -> set.region().equals(regionId)).toList(), holidayYears);
    }

    /**
     * One rule set of a region's rule file ({@code ruleSets[i]} of {@code catalog/rules/<region>.json}).
     *
     * @param key what names it in the catalog: see {@link #key}
     */
    public record RuleSetText(String region, String key, String body) {
        public RuleSetText {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(body, "body");
        }

        /**
         * {@code <region>/<item number>}, and {@code @<valid from>} when the set starts on a day: an item may have
         * a set that ends and another that follows it, but never two that start on the same day.
         */
        public static String key(String region, String itemNumber, java.util.Optional<java.time.LocalDate> validFrom) {
            return region + "/" + itemNumber + validFrom.map(day -> "@" + day).orElse("");
        }
    }

    /** One year of {@code catalog/holidays.json} ({@code years[i]}). */
    public record HolidayYearText(int year, String body) {
        public HolidayYearText {
            Objects.requireNonNull(body, "body");
        }
    }
}
