package com.hallkiosk.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.calendar.HolidayCalendar;
import com.hallkiosk.calendar.HolidayCalendarLoader;
import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.CatalogRules;
import com.hallkiosk.eligibility.RuleFileReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curated rule files and holiday calendar, imported into a kiosk's store, read back as the files read. */
class RulesInTheStoreTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC);
    private final Catalog curated = CuratedCatalogFixture.catalog();

    @TempDir
    Path directory;

    @Test
    void theCuratedCatalogCarriesEveryRuleFileAndTheCalendar() {
        assertThat(curated.rules().ruleSets()).extracting(CatalogRules.RuleSetText::key).containsExactly(
                "anshan-tiedong/14", "anshan-tiedong/16", "fushun/15", "fushun/18", "fushun/41",
                "shandong/28", "shandong/29", "shandong/30");
        assertThat(curated.rules().holidayYears()).extracting(CatalogRules.HolidayYearText::year).containsExactly(2026);
    }

    @Test
    void anImportedStoreGivesBackTheSameRuleBookAndCalendarAsTheFiles() {
        try (CatalogStore store = importedThenReopened()) {
            for (String region : curated.regionIds()) {
                assertThat(store.ruleBook(region)).as(region)
                        .isEqualTo(RuleFileReader.fromClasspath(List.of(region)));
            }
            assertThat(store.ruleBook("haicheng").ruleSets()).as("a region without a rule file").isEmpty();
            assertSameCalendar(store.holidayCalendar(), new HolidayCalendarLoader().shipped());
            assertThat(store.loadRegion("fushun").rules()).isEqualTo(curated.rules().ofRegion("fushun"));
        }
    }

    @Test
    void aNewStoreKnowsNoRulesAndNoHolidayYear() {
        try (CatalogStore store = CatalogStore.open(directory.resolve("catalog.db"), clock)) {
            assertThat(store.ruleBook("fushun").ruleSets()).isEmpty();
            assertThat(store.holidayCalendar().afterWorkingDays(LocalDate.of(2026, 11, 23), 5)).isEmpty();
        }
    }

    @Test
    void aRuleRowItsReaderRefusesIsNotWrittenAndTheRulesHeldStay() {
        try (CatalogStore store = CatalogStore.open(directory.resolve("catalog.db"), clock)) {
            store.replace(curated, "test", "v-test");
            String fifteen = curated.rules().ofRegion("fushun").ruleSets().get(0).body();
            CatalogRow bad = new CatalogRow(RowKind.RULESET, "fushun/15", "fushun", 0,
                    fifteen.replace("\"atLeast\":12", "\"atLeast\":-1"));

            assertThatThrownBy(() -> store.apply(new CatalogChangeSet("fushun", false, 0, 1, List.of(bad), List.of())))
                    .isInstanceOf(CatalogStoreException.class)
                    .hasMessageContaining("the catalog is unchanged")
                    .hasRootCauseMessage("ruleset fushun/15: ruleSet.rules[1].condition.atLeast: must be a whole number ≥ 0");
            assertThat(store.ruleBook("fushun")).isEqualTo(RuleFileReader.fromClasspath(List.of("fushun")));
            assertThat(store.syncState("fushun")).isEmpty();
        }
    }

    private CatalogStore importedThenReopened() {
        Path file = directory.resolve("catalog.db");
        try (CatalogStore first = CatalogStore.open(file, clock)) {
            first.replace(curated, "test", "v-test");
        }
        return CatalogStore.open(file, clock);
    }

    static void assertSameCalendar(HolidayCalendar actual, HolidayCalendar expected) {
        assertThat(actual.years()).isEqualTo(expected.years());
        for (int year : expected.years()) {
            assertThat(actual.year(year)).isEqualTo(expected.year(year));
        }
    }
}
