package com.hallkiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.business.Separation;
import com.hallkiosk.business.SeparationReason;
import com.hallkiosk.business.Unit;
import com.hallkiosk.calendar.HolidayCalendarLoader;
import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.store.CatalogChangeSet;
import com.hallkiosk.catalog.store.CatalogRow;
import com.hallkiosk.catalog.store.CatalogStore;
import com.hallkiosk.catalog.store.RowKind;
import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.eligibility.ContributionMonths;
import com.hallkiosk.eligibility.Eligibility;
import com.hallkiosk.eligibility.EligibilityFacts;
import com.hallkiosk.eligibility.RuleBook;
import com.hallkiosk.eligibility.RuleFileReader;
import com.hallkiosk.sync.central.CatalogChange;
import com.hallkiosk.sync.central.CatalogFeed;
import com.hallkiosk.sync.central.CatalogPublishException;
import com.hallkiosk.sync.central.CentralCatalog;
import com.hallkiosk.sync.kiosk.KioskCatalogSync;
import com.hallkiosk.sync.kiosk.SyncOutcome;
import com.hallkiosk.sync.signing.PayloadSigner;
import com.hallkiosk.sync.signing.PayloadVerifier;
import com.hallkiosk.sync.signing.SigningKeyFiles;
import com.hallkiosk.testing.ManualClock;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The region rules travel like every catalog row: a rule changed at the central changes what a kiosk decides,
 * a rule row no reader accepts is refused whole, and a snapshot carries the rules and the holiday calendar.
 */
class RulesTravelTest {
    private static final String REGION = "fushun";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** Fushun #15's contribution rule (001 违规禁办 五.2) as the curated file has it. */
    private static final String TWELVE_MONTHS = "\"atLeast\":12";

    @TempDir
    Path directory;

    private final Catalog curated = CuratedCatalogFixture.catalog();
    /** The central's signing key, which the kiosk trusts. */
    private final KeyPair keys = SigningKeyFiles.generate();
    private final PayloadCodec codec = new PayloadCodec();
    private CentralCatalog central;
    private CatalogStore kiosk;
    private KioskCatalogSync sync;

    /** A central with the curated catalog, and a new kiosk that has synced nothing yet. */
    @BeforeEach
    void setUp() {
        ManualClock clock = new ManualClock(Instant.parse("2026-11-22T08:00:00Z"));
        central = SyncFixture.importedCentral(directory.resolve("central.db"), clock, curated);
        kiosk = CatalogStore.open(directory.resolve("kiosk.db"), clock);
        sync = new KioskCatalogSync(REGION, kiosk,
                SyncFixture.sourceOf(new CatalogFeed(central, codec, new PayloadSigner(keys.getPrivate()))),
                new PayloadVerifier(keys.getPublic()), codec);
    }

    @AfterEach
    void tearDown() {
        kiosk.close();
    }

    @Test
    void aSnapshotCarriesTheRegionsRulesAndTheHolidayCalendar() {
        assertThat(sync.syncOnce()).isInstanceOfSatisfying(SyncOutcome.Applied.class,
                applied -> assertThat(applied.snapshot()).isTrue());

        assertThat(kiosk.ruleBook(REGION)).isEqualTo(RuleFileReader.fromClasspath(List.of(REGION)));
        assertThat(kiosk.ruleBook("shandong").ruleSets()).as("another region's rules stay at the central").isEmpty();
        assertThat(kiosk.holidayCalendar().afterWorkingDays(LocalDate.of(2026, 2, 13), 5))
                .as("the Spring Festival of the shipped calendar").contains(LocalDate.of(2026, 2, 27));
        assertThat(kiosk.holidayCalendar().years()).isEqualTo(new HolidayCalendarLoader().shipped().years());
    }

    @Test
    void aRuleChangedAtTheCentralReachesTheKioskAndChangesTheOutcome() {
        sync.syncOnce();
        EligibilityFacts eightMonths = dismissedAndRegisteredWith(8);
        assertThat(unemploymentBenefit(kiosk.ruleBook(REGION), eightMonths).refusals())
                .extracting(check -> check.rule().id()).containsExactly("001-15-contribution");

        long version = central.publish(new CatalogChange(List.of(fifteenWith("\"atLeast\":6")), List.of()));

        assertThat(sync.syncOnce()).isEqualTo(new SyncOutcome.Applied(REGION, 1, version, false, 1, 0));
        Eligibility after = unemploymentBenefit(kiosk.ruleBook(REGION), eightMonths);
        assertThat(after.eligible()).isTrue();
        assertThat(after.passed()).extracting(check -> check.rule().id()).contains("001-15-contribution");
    }

    @Test
    void aSnapshotAfterAPublishCarriesTheChangedRule() {
        central.publish(new CatalogChange(List.of(fifteenWith("\"atLeast\":6")), List.of()));

        assertThat(sync.syncOnce()).isInstanceOfSatisfying(SyncOutcome.Applied.class,
                applied -> assertThat(applied.snapshot()).isTrue());
        assertThat(unemploymentBenefit(kiosk.ruleBook(REGION), dismissedAndRegisteredWith(8)).eligible()).isTrue();
    }

    @Test
    void aDeletedRuleSetLeavesTheKiosk() {
        sync.syncOnce();
        central.publish(new CatalogChange(List.of(), List.of(new CatalogRow.RowId(RowKind.RULESET, "fushun/18"))));

        assertThat(sync.syncOnce()).isInstanceOf(SyncOutcome.Applied.class);
        assertThat(kiosk.ruleBook(REGION).ruleSets()).extracting(set -> set.itemNumber()).containsExactly("15", "41");
    }

    @Test
    void aHolidayYearPublishedAtTheCentralLetsTheKioskCountIntoThatYear() {
        sync.syncOnce();
        LocalDate lastMonday = LocalDate.of(2026, 12, 28);
        assertThat(kiosk.holidayCalendar().afterWorkingDays(lastMonday, 5)).as("2027 is not known yet").isEmpty();

        // Test data, not a notice: a 2027 without holidays, so that the count is plain weekdays.
        central.publish(new CatalogChange(List.of(new CatalogRow(RowKind.HOLIDAYS, "2027", RowKind.GLOBAL_SCOPE, 1,
                "{\"year\":2027,\"source\":\"测试用年份（非国务院通知）\",\"holidays\":[],\"workingWeekends\":[]}")),
                List.of()));

        assertThat(sync.syncOnce()).isInstanceOf(SyncOutcome.Applied.class);
        assertThat(kiosk.holidayCalendar().afterWorkingDays(lastMonday, 5)).contains(LocalDate.of(2027, 1, 4));
    }

    @Test
    void theCentralRefusesARuleRowItsReaderRefusesOrWhoseKeyIsNotItsBody() {
        long version = central.version();

        assertThatThrownBy(() -> central.publish(new CatalogChange(List.of(fifteenWith("\"atLeast\":\"twelve\"")),
                List.of()))).isInstanceOf(CatalogPublishException.class).hasMessage("cannot publish ruleset fushun/15:"
                + " ruleSet.rules[1].condition.atLeast: must be a whole number ≥ 0");
        assertThatThrownBy(() -> central.publish(new CatalogChange(List.of(new CatalogRow(RowKind.RULESET,
                "fushun/99", REGION, 0, fifteen())), List.of()))).isInstanceOf(CatalogPublishException.class)
                .hasMessageContaining("its key must be fushun/15");
        assertThatThrownBy(() -> central.publish(new CatalogChange(List.of(new CatalogRow(RowKind.HOLIDAYS, "2027",
                RowKind.GLOBAL_SCOPE, 0, curated.rules().holidayYears().get(0).body())), List.of())))
                .isInstanceOf(CatalogPublishException.class).hasMessageContaining("its key must be its year 2026");
        assertThatThrownBy(() -> central.publish(new CatalogChange(List.of(new CatalogRow(RowKind.RULESET,
                "atlantis/15", "atlantis", 0, fifteen())), List.of()))).isInstanceOf(CatalogPublishException.class)
                .hasMessageContaining("atlantis does not exist");
        assertThat(central.version()).isEqualTo(version);
    }

    @Test
    void aSignedPayloadWithABadRuleRowIsRefusedWholeAndTheOldRulesKept() {
        sync.syncOnce();
        RuleBook before = kiosk.ruleBook(REGION);
        Catalog catalogBefore = kiosk.loadRegion(REGION);
        // Signed with the central's own key: the row was not tampered with on the way but is wrong at the source,
        // so only reading it as the kiosk will catches it.
        CatalogChangeSet bad = new CatalogChangeSet(REGION, false, 1, 2, List.of(
                SyncFixture.item(CuratedCatalogFixture.region(curated, REGION).items().get(0), REGION, "fushun-new", 99,
                        "新事项"),
                fifteenWith("\"atLeast\":-1")), List.of());

        SyncOutcome outcome = sync.apply(new PayloadSigner(keys.getPrivate()).sign(codec.encode(bad)));

        assertThat(outcome).isInstanceOfSatisfying(SyncOutcome.Failed.class, failed -> {
            assertThat(failed.reason()).isEqualTo(SyncOutcome.Reason.REJECTED);
            assertThat(failed.message()).isEqualTo("the catalog payload is not valid: ruleset fushun/15:"
                    + " ruleSet.rules[1].condition.atLeast: must be a whole number ≥ 0");
        });
        assertThat(kiosk.ruleBook(REGION)).isEqualTo(before);
        assertThat(kiosk.loadRegion(REGION)).isEqualTo(catalogBefore);
        assertThat(sync.heldVersion()).isEqualTo(1);
    }

    private String fifteen() {
        return curated.rules().ofRegion(REGION).ruleSets().stream().filter(set -> set.key().equals("fushun/15"))
                .findFirst().orElseThrow().body();
    }

    /** Fushun #15's rule set with its contribution bound written otherwise. */
    private CatalogRow fifteenWith(String bound) {
        assertThat(fifteen()).contains(TWELVE_MONTHS);
        return new CatalogRow(RowKind.RULESET, "fushun/15", REGION, 0, fifteen().replace(TWELVE_MONTHS, bound));
    }

    private static Eligibility unemploymentBenefit(RuleBook book, EligibilityFacts facts) {
        return book.ruleSet(REGION, "15", TODAY).orElseThrow().evaluate(facts, TODAY);
    }

    /** Dismissed a month ago and registered as unemployed: only the months of contribution decide. */
    private static EligibilityFacts dismissedAndRegisteredWith(int months) {
        Separation dismissed = new Separation(new Unit("91210400MA0000000X", "抚顺测试机械有限公司"),
                TODAY.minusDays(30), SeparationReason.DISMISSED_BY_EMPLOYER, Optional.of(TODAY.minusDays(25)));
        return new EligibilityFacts(Map.of(Insurance.UNEMPLOYMENT, new ContributionMonths(months, months)),
                Optional.of(dismissed), Optional.empty(), List.of(), List.of(), Optional.of(false),
                Optional.of(Set.of()));
    }
}
