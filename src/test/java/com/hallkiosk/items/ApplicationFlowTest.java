package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.Application;
import com.hallkiosk.business.ApplicationKind;
import com.hallkiosk.business.Applications;
import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.CardState;
import com.hallkiosk.business.Separation;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.config.ItemsConfig;
import com.hallkiosk.eligibility.CentralFacts;
import com.hallkiosk.eligibility.EligibilityFacts;
import com.hallkiosk.items.ItemStep.Stage;
import com.hallkiosk.items.application.ApplicationItem;
import com.hallkiosk.items.application.ApplicationRules;
import com.hallkiosk.items.application.BenefitApplication;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * The benefit applications end to end, headless, in Shandong (the only region whose catalog lets a terminal take
 * them: 004 #28, #29, #30 {@code "selfService": {"allowed": true, "where": "自助一体机"}}): the 社保卡 through the real
 * PC/SC driver in the virtual reader, the central's business tables over SQLite with the demo population, the
 * rules of {@code catalog/rules/shandong.json}, the shipped holiday calendar, the emulated receipt printer and the
 * journal outbox. The people are picked from the demo population by their facts at the central.
 */
class ApplicationFlowTest {
    private static final ItemsConfig HALL = new ItemsConfig(ItemsConfig.Profile.HALL, Map.of());
    private static final Region SHANDONG = ItemsFixture.region("shandong");

    @TempDir
    Path directory;
    private ItemsFixture kiosk;
    private JdbcBusinessSystem central;
    private CountingApplications applications;
    private final RecordingView view = new RecordingView();

    @BeforeEach
    void setUp() throws Exception {
        kiosk = new ItemsFixture(directory);
        central = kiosk.central();
        applications = new CountingApplications(central);
    }

    @AfterEach
    void tearDown() throws Exception {
        kiosk.close();
    }

    private ItemController controller(BenefitApplication what, Region region, JdbcBusinessSystem at, Clock clock) {
        EnabledItems.Decision probe = EnabledItems.decide(region, HALL,
                item(what, region, region.items().get(0), applications, at, clock));
        assertThat(probe.enabled()).as(probe.reason()).isTrue();
        ApplicationItem item = item(what, region, probe.catalogItem().orElseThrow(), applications, at, clock);
        return new ItemController(item, new CatalogGuidance(probe.catalogItem().orElseThrow(), region.offices()),
                kiosk.services(), view);
    }

    private static ApplicationItem item(BenefitApplication what, Region region, com.hallkiosk.catalog.model.Item catalogItem,
                                        Applications applications, JdbcBusinessSystem at, Clock clock) {
        return new ApplicationItem(what, applications, at, new CentralFacts(at, applications, at),
                ApplicationRules.shipped(region.id(), catalogItem), clock);
    }

    private ItemController shandong(BenefitApplication what) {
        return controller(what, SHANDONG, central, ItemsFixture.CLOCK);
    }

    /** Start, insert the person's card and tap the one way these items identify. */
    private void identify(ItemController controller, DemoPerson person) throws InterruptedException {
        kiosk.insertCardOf(person);
        controller.start();
        ItemStep identify = view.await(Stage.IDENTIFY);
        assertThat(identify.choices()).extracting(Choice::label).containsExactly("插入社会保障卡");
        controller.tapped(identify.choices().get(0).key());
    }

    /** Identify, wait for the confirm step and tap it. */
    private void confirmAs(ItemController controller, DemoPerson person) throws InterruptedException {
        identify(controller, person);
        view.await(Stage.CONFIRM);
        controller.confirm();
    }

    private int months(DemoPerson person) throws BusinessException {
        return central.contributions(person.person().idNumber()).insurance(Insurance.UNEMPLOYMENT)
                .map(r -> r.cumulativeMonths()).orElse(0);
    }

    /** The first holder of a normal card who is {@code which}, by the demo's facts and the central's months. */
    private DemoPerson first(Predicate<DemoPerson> which) {
        return kiosk.population.people().filter(p -> p.card().state() == CardState.NORMAL).filter(which)
                .findFirst().orElseThrow();
    }

    private Predicate<DemoPerson> monthsAtLeast(int atLeast, boolean atLeastIt) {
        return p -> {
            try {
                return (months(p) >= atLeast) == atLeastIt;
            } catch (BusinessException e) {
                throw new AssertionError(e);
            }
        };
    }

    private static Predicate<DemoPerson> separated(boolean involuntary, boolean registered) {
        return p -> p.separation().filter(s -> s.reason().involuntary() == involuntary
                && s.registeredUnemployedOn().isPresent() == registered).isPresent();
    }

    private DemoPerson unemployedAndEligible() {
        return first(separated(true, true).and(monthsAtLeast(12, true)));
    }

    private static Optional<SkillCertificate> recentCertificate(DemoPerson p) {
        return p.skillCertificates().stream().filter(c -> !c.issuedOn().isBefore(ItemsFixture.AS_OF.minusMonths(12)))
                .findFirst();
    }

    private String maskedAccount(DemoPerson person) throws BusinessException {
        var card = central.cardByNumber(person.card().cardNumber());
        return "收款账户：社保卡金融账户 " + card.maskedBankAccount() + "（" + card.issuingBank() + "）";
    }

    private List<Application> applicationsOf(DemoPerson person) throws BusinessException {
        return central.applications(person.person().idNumber());
    }

    @Test
    void anEligibleUnemployedPersonAppliesForTheBenefitAndGetsTheDueDayOnTheHolidayCalendar() throws Exception {
        DemoPerson person = unemployedAndEligible();
        ItemController controller = shandong(BenefitApplication.UNEMPLOYMENT_BENEFIT);
        identify(controller, person);

        ItemStep confirm = view.await(Stage.CONFIRM);
        String maskedId = PersonalDataMasking.idNumber(person.person().idNumber());
        assertThat(confirm.lines()).contains("申请事项：失业保险金申领",
                "持卡人：" + PersonalDataMasking.name(person.person().name()) + " " + maskedId, maskedAccount(person),
                "办理时限：申请后 5 个工作日完成审核，按月发放", "已核对：",
                "· 所在单位和本人已按照规定履行缴费义务满 1 年（失业保险累计缴费 " + months(person) + " 个月） — 004 #28 办理条件（一）",
                "以下几项本机无法核对，由经办机构审核时核验：",
                "· 有求职要求（求职要求由本人在窗口确认） — 004 #28 办理条件（三）");
        assertThat(confirm.lines()).anyMatch(line -> line.startsWith("· 非因本人意愿中断就业（离职原因：")
                && line.endsWith(" — 004 #28 办理条件（二）"));
        assertThat(confirm.choices()).extracting(Choice::label).containsExactly("确认申请");
        assertThat(applications.submits).as("nothing is sent before confirm").hasValue(0);

        controller.confirm();
        ItemStep done = view.await(Stage.DONE);
        Separation separation = central.separation(person.person().idNumber()).orElseThrow();
        Application recorded = applicationsOf(person).stream().filter(a -> a.kind() == ApplicationKind.UNEMPLOYMENT_BENEFIT)
                .findFirst().orElseThrow();
        assertThat(recorded.subject()).isEqualTo(separation.separatedOn().toString());
        // 5 working days from Monday 2026-06-15: 16, 17, 18, (端午 19-21), 22, 23.
        assertThat(done.lines()).contains("申请编号：" + recorded.applicationNumber(), "提交日期：2026年6月15日",
                maskedAccount(person), "预计在 2026年6月23日 前办结（5个工作日）");
        assertThat(done.text()).doesNotContain(person.person().idNumber(), person.card().cardNumber());

        assertThat(kiosk.journalEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.item()).isEqualTo(SHANDONG.items().stream()
                    .filter(i -> i.name().equals("失业保险金申领")).findFirst().orElseThrow().id());
            assertThat(entry.operation()).isEqualTo("unemployment-benefit");
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
            assertThat(done.lines()).contains("交易流水号：" + entry.reference());
            assertThat(entry.person().idNumber()).isEqualTo(maskedId);
            assertThat(entry.detail()).isEqualTo("applied UNEMPLOYMENT_BENEFIT");
        });
        String receipt = RecordingPrinter.text(kiosk.receipts.given.get(0));
        assertThat(receipt).contains("失业保险金申领", recorded.applicationNumber(), "2026年6月23日", "0531-12333");
        assertThat(receipt).doesNotContain(person.person().idNumber(), person.card().cardNumber());

        controller.tapped(done.choices().get(0).key());
        view.await(Stage.ENDED);
        assertThat(controller.holdsVisitData()).isFalse();
    }

    @Test
    void theSkillSubsidyIsForTheCertificateThePersonChooses() throws Exception {
        DemoPerson person = first(monthsAtLeast(36, true).and(p -> recentCertificate(p).isPresent()));
        SkillCertificate certificate = recentCertificate(person).orElseThrow();
        ItemController controller = shandong(BenefitApplication.SKILL_UPGRADE_SUBSIDY);
        identify(controller, person);

        ItemStep choose = view.await(Stage.CHOOSE);
        assertThat(choose.choices()).hasSize(person.skillCertificates().size());
        controller.choose(certificate.certificateNumber());
        ItemStep confirm = view.await(Stage.CONFIRM);
        assertThat(confirm.lines()).contains("申请事项：技能提升补贴申领", maskedAccount(person),
                "· 依法参加失业保险 36 个月及以上（失业保险累计缴费 " + months(person) + " 个月） — 004 #30 办理条件（一）",
                "· 企业在职职工（是否企业在职职工，请到窗口核验） — 004 #30 办理条件（一）",
                "· 未同时享受职业培训补贴（是否享受职业培训补贴，请到窗口核验） — 004 #30 注意事项（三）");
        assertThat(confirm.lines()).anyMatch(line -> line.startsWith("证书：" + certificate.occupation() + " "
                + certificate.level().chinese()));

        controller.confirm();
        ItemStep done = view.await(Stage.DONE);
        assertThat(applicationsOf(person)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ApplicationKind.SKILL_UPGRADE_SUBSIDY);
            assertThat(a.subject()).isEqualTo(EligibilityFacts.skillSubject(certificate));
            assertThat(done.lines()).contains("申请编号：" + a.applicationNumber(), "预计在 2026年6月23日 前办结（5个工作日）");
        });
        assertThat(kiosk.journalEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.operation()).isEqualTo("skill-upgrade-subsidy"));
    }

    /** The refusal step of {@code person} for {@code what}, after choosing {@code certificate} if any. */
    private ItemStep refusedFor(BenefitApplication what, DemoPerson person, Optional<SkillCertificate> certificate)
            throws Exception {
        ItemController controller = shandong(what);
        identify(controller, person);
        if (certificate.isPresent()) {
            view.await(Stage.CHOOSE);
            controller.choose(certificate.get().certificateNumber());
        }
        ItemStep refused = view.await(Stage.NOT_DONE);
        assertThat(refused.title()).isEqualTo("不能办理");
        assertThat(refused.instruction()).startsWith("您现在不能办理" + what.kind().chinese() + "，原因如下：")
                .contains("0531-12333");
        assertThat(applicationsOf(person)).as("nothing is sent").isEmpty();
        assertThat(kiosk.journalEntries()).isEmpty();
        controller.home();
        view.await(Stage.ENDED);
        assertThat(controller.holdsVisitData()).isFalse();
        return refused;
    }

    @Test
    void aPersonWhoLeftOfTheirOwnWillIsRefusedWithTheRuleAndItsSource() throws Exception {
        DemoPerson person = first(separated(false, true).and(monthsAtLeast(12, true)));
        ItemStep refused = refusedFor(BenefitApplication.UNEMPLOYMENT_BENEFIT, person, Optional.empty());
        assertThat(refused.lines()).containsExactly(
                "持卡人：" + PersonalDataMasking.name(person.person().name()) + " "
                        + PersonalDataMasking.idNumber(person.person().idNumber()),
                "因本人意愿中断就业（离职原因：" + person.separation().orElseThrow().reason().chinese()
                        + "） — 004 #28 办理条件（二）");
    }

    @Test
    void aPersonNotRegisteredAsUnemployedIsRefusedWithTheRuleAndItsSource() throws Exception {
        DemoPerson person = first(separated(true, false).and(monthsAtLeast(12, true)));
        ItemStep refused = refusedFor(BenefitApplication.UNEMPLOYMENT_BENEFIT, person, Optional.empty());
        assertThat(refused.lines()).endsWith("未办理失业登记（无失业登记记录） — 004 #28 办理条件（三）");
    }

    @Test
    void everyFailingRuleIsShownWhenSeveralFail() throws Exception {
        DemoPerson person = first(separated(true, false).and(monthsAtLeast(12, false)));
        ItemStep refused = refusedFor(BenefitApplication.UNEMPLOYMENT_BENEFIT, person, Optional.empty());
        assertThat(refused.lines()).contains(
                "所在单位和本人履行失业保险缴费义务不满 1 年（失业保险累计缴费 " + months(person) + " 个月） — 004 #28 办理条件（一）",
                "未办理失业登记（无失业登记记录） — 004 #28 办理条件（三）");
    }

    @Test
    void aSkillSubsidyShortOfThirtySixMonthsIsRefusedWithTheRuleAndItsSource() throws Exception {
        DemoPerson person = first(monthsAtLeast(36, false).and(p -> recentCertificate(p).isPresent()));
        ItemStep refused = refusedFor(BenefitApplication.SKILL_UPGRADE_SUBSIDY, person, recentCertificate(person));
        assertThat(refused.lines()).endsWith(
                "依法参加失业保险不满 36 个月（失业保险累计缴费 " + months(person) + " 个月） — 004 #30 办理条件（一）");
    }

    @Test
    void aCertificateOlderThanTwelveMonthsIsRefusedWithTheRuleAndItsSource() throws Exception {
        DemoPerson person = first(monthsAtLeast(36, true).and(p -> p.skillCertificates().stream()
                .anyMatch(c -> c.issuedOn().isBefore(ItemsFixture.AS_OF.minusMonths(12)))));
        SkillCertificate old = person.skillCertificates().stream()
                .filter(c -> c.issuedOn().isBefore(ItemsFixture.AS_OF.minusMonths(12))).findFirst().orElseThrow();
        ItemStep refused = refusedFor(BenefitApplication.SKILL_UPGRADE_SUBSIDY, person, Optional.of(old));
        assertThat(refused.lines()).anyMatch(line -> line.startsWith("已超过证书批准日期 12 个月")
                && line.endsWith(" — 004 #30 办理条件（三）"));
    }

    @Test
    void theSameOccupationAndLevelAgainIsRefusedAtLookUp() throws Exception {
        DemoPerson person = first(monthsAtLeast(36, true).and(p -> recentCertificate(p).isPresent()));
        SkillCertificate certificate = recentCertificate(person).orElseThrow();
        central.submit(person.person().idNumber(), ApplicationKind.SKILL_UPGRADE_SUBSIDY,
                EligibilityFacts.skillSubject(certificate));
        ItemController controller = shandong(BenefitApplication.SKILL_UPGRADE_SUBSIDY);
        identify(controller, person);
        view.await(Stage.CHOOSE);
        controller.choose(certificate.certificateNumber());
        ItemStep refused = view.await(Stage.NOT_DONE);
        assertThat(refused.lines()).contains(
                "同一职业（工种）同一等级不可重复享受（同一职业（工种）同一等级已申领 1 次） — 004 #30 注意事项（二）");
        assertThat(applicationsOf(person)).hasSize(1);
    }

    @Test
    void aDuplicateApplicationIsRefusedByTheCentralInWords() throws Exception {
        DemoPerson person = unemployedAndEligible();
        central.submit(person.person().idNumber(), ApplicationKind.UNEMPLOYMENT_BENEFIT,
                central.separation(person.person().idNumber()).orElseThrow().separatedOn().toString());
        ItemController controller = shandong(BenefitApplication.UNEMPLOYMENT_BENEFIT);
        confirmAs(controller, person);

        ItemStep refused = view.await(Stage.NOT_DONE);
        assertThat(refused.title()).isEqualTo("没有办理");
        assertThat(refused.instruction()).startsWith("您这次失业已经申请过失业保险金，不用重复申请。");
        assertThat(applicationsOf(person)).hasSize(1);
        assertThat(kiosk.journalEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.REFUSED);
            assertThat(entry.detail()).isEqualTo("refused: DuplicateApplication");
        });
    }

    @Test
    void theUnemploymentAllowanceSaysItIsClosedAndSinceWhenWithoutReadingAnything() throws Exception {
        ItemController controller = shandong(BenefitApplication.UNEMPLOYMENT_ALLOWANCE);
        controller.start();
        ItemStep closed = view.await(Stage.NOT_DONE);
        assertThat(closed.instruction()).startsWith("失业补助金申领的政策受理期已经结束，现在不再受理。")
                .contains("0531-12333").doesNotContain("窗口");
        assertThat(closed.lines()).containsExactly(
                "失业补助金政策受理期已于 2023 年 3 月 31 日截止（已于 2023年4月1日 起停止受理） — 004 #29 注意事项（二）");
        assertThat(view.shown).extracting(ItemStep::stage).doesNotContain(Stage.IDENTIFY, Stage.READING);
        assertThat(applications.submits).hasValue(0);
        controller.home();
        view.await(Stage.ENDED);
        assertThat(kiosk.journalEntries()).isEmpty();
    }

    @Test
    void anUnreachableCentralAtLookUpSendsThePersonOnWithNothingSent() throws Exception {
        SQLiteDataSource nowhere = new SQLiteDataSource();
        nowhere.setUrl("jdbc:sqlite:" + directory.resolve("no-such-folder").resolve("central.db"));
        JdbcBusinessSystem unreachable = new JdbcBusinessSystem(nowhere, ItemsFixture.CLOCK);
        applications = new CountingApplications(unreachable);
        ItemController controller = controller(BenefitApplication.UNEMPLOYMENT_BENEFIT, SHANDONG, unreachable,
                ItemsFixture.CLOCK);
        identify(controller, unemployedAndEligible());
        ItemStep down = view.await(Stage.NOT_DONE);
        assertThat(down.instruction()).startsWith("业务系统暂时连接不上，这项业务没有办理。").contains("0531-12333");
        assertThat(applications.submits).hasValue(0);
        assertThat(kiosk.journalEntries()).isEmpty();
    }

    @Test
    void anUnreachableCentralAtSubmitIsJournaledAsFailedAndNothingIsRecorded() throws Exception {
        DemoPerson person = unemployedAndEligible();
        applications.submitUnavailable.set(true);
        ItemController controller = shandong(BenefitApplication.UNEMPLOYMENT_BENEFIT);
        confirmAs(controller, person);
        ItemStep down = view.await(Stage.NOT_DONE);
        assertThat(down.instruction()).startsWith("业务系统暂时连接不上，这项业务没有办理。");
        assertThat(applicationsOf(person)).isEmpty();
        assertThat(kiosk.journalEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.FAILED));
        assertThat(kiosk.receipts.given).isEmpty();
    }

    @Test
    void theIdleWipeBeforeSubmitSendsNothingAndKeepsNothing() throws Exception {
        DemoPerson person = unemployedAndEligible();
        ItemController controller = shandong(BenefitApplication.UNEMPLOYMENT_BENEFIT);
        identify(controller, person);
        view.await(Stage.CONFIRM);
        controller.wipe();
        view.await(Stage.ENDED);
        assertThat(view.awaitEnded()).isTrue();
        controller.confirm();
        view.assertQuietFor(300);
        assertThat(applications.submits).hasValue(0);
        assertThat(applicationsOf(person)).isEmpty();
        assertThat(kiosk.journalEntries()).isEmpty();
        assertThat(controller.holdsVisitData()).isFalse();
    }

    @Test
    void aDoubleTapOnConfirmSubmitsOneApplication() throws Exception {
        DemoPerson person = unemployedAndEligible();
        ItemController controller = shandong(BenefitApplication.UNEMPLOYMENT_BENEFIT);
        confirmAs(controller, person);
        controller.confirm();
        view.await(Stage.DONE);
        assertThat(applications.submits).hasValue(1);
        assertThat(applicationsOf(person)).hasSize(1);
        assertThat(kiosk.journalEntries()).hasSize(1);
        assertThat(kiosk.receipts.given).hasSize(1);
    }

    @Test
    void whenTheCalendarDoesNotKnowTheDaysOnlyTheWorkingDaysAreSaid() throws Exception {
        Clock lateDecember = Clock.fixed(LocalDate.of(2026, 12, 28).atTime(10, 0).atZone(ItemsFixture.ZONE).toInstant(),
                ItemsFixture.ZONE);
        JdbcBusinessSystem centralInDecember = new JdbcBusinessSystem(kiosk.business, lateDecember, new SecureRandom(), 1_000);
        applications = new CountingApplications(centralInDecember);
        DemoPerson person = unemployedAndEligible();
        ItemController controller = controller(BenefitApplication.UNEMPLOYMENT_BENEFIT, SHANDONG, centralInDecember,
                lateDecember);
        confirmAs(controller, person);
        ItemStep done = view.await(Stage.DONE);
        assertThat(done.lines()).contains("办理时限：申请后 5 个工作日完成审核，按月发放",
                "预计在提交后 5 个工作日内办结（节假日安排尚未公布，具体日期以经办机构为准）");
        assertThat(done.text()).doesNotContain("预计在 2027年");
    }

    @Test
    void onlyShandongsCatalogLetsATerminalTakeTheseApplications() {
        for (BenefitApplication what : BenefitApplication.values()) {
            for (String region : List.of("anshan-tiedong", "fushun", "haicheng", "shandong")) {
                Region at = ItemsFixture.region(region);
                EnabledItems.Decision decision = EnabledItems.decide(at, HALL,
                        item(what, at, at.items().get(0), applications, central, ItemsFixture.CLOCK));
                assertThat(decision.enabled()).as(what + " in " + region + ": " + decision.reason())
                        .isEqualTo(region.equals("shandong"));
            }
        }
    }

    /** The central's applications, counting submits; with {@code submitUnavailable} a submit fails as an unreachable central. */
    private static final class CountingApplications implements Applications {
        final AtomicInteger submits = new AtomicInteger();
        final AtomicBoolean submitUnavailable = new AtomicBoolean();
        private final Applications central;

        CountingApplications(Applications central) {
            this.central = central;
        }

        @Override
        public Optional<Separation> separation(String idNumber) throws BusinessException {
            return central.separation(idNumber);
        }

        @Override
        public List<SkillCertificate> skillCertificates(String idNumber) throws BusinessException {
            return central.skillCertificates(idNumber);
        }

        @Override
        public List<Application> applications(String idNumber) throws BusinessException {
            return central.applications(idNumber);
        }

        @Override
        public Application submit(String idNumber, ApplicationKind kind, String subject) throws BusinessException {
            submits.incrementAndGet();
            if (submitUnavailable.get()) {
                throw new BusinessException.Unavailable("the business database did not answer (test)", null);
            }
            return central.submit(idNumber, kind, subject);
        }
    }
}
