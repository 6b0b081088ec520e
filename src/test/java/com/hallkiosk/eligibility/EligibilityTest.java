package com.hallkiosk.eligibility;

import static com.hallkiosk.eligibility.Facts.TODAY;
import static com.hallkiosk.eligibility.Facts.eligible;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.SeparationReason;
import com.hallkiosk.business.SkillLevel;
import com.hallkiosk.calendar.ChineseDates;
import com.hallkiosk.eligibility.Rule.Check;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a person is told: refusals in the rule's words with their source, approvals with every check. */
class EligibilityTest {
    private static final RuleBook BOOK = RuleBooks.shipped();

    @Test
    void aRefusalNamesTheRuleInWordsAndCitesItsSource() {
        Eligibility outcome = set("fushun", "15").evaluate(eligible().unemploymentMonths(11).build(), TODAY);

        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.refusals()).extracting(Check::line)
                .containsExactly("参保缴纳失业保险费累计不足 12 个月（失业保险累计缴费 11 个月） — 001 违规禁办 五.2");
    }

    @Test
    void everyFailingRuleIsNamedInTheOrderOfTheRuleSet() {
        EligibilityFacts facts = eligible().unemploymentMonths(3)
                .separated(TODAY.minusDays(10), SeparationReason.RESIGNED, Optional.empty())
                .build();

        Eligibility outcome = set("fushun", "15").evaluate(facts, TODAY);

        assertThat(outcome.refusals()).extracting(c -> c.rule().id())
                .containsExactly("001-15-involuntary", "001-15-contribution", "001-15-registered");
        assertThat(outcome.refusals().get(0).line()).isEqualTo("个人意愿离职（离职原因：本人自愿离职） — 001 违规禁办 五.1");
    }

    @Test
    void anApprovalListsEveryCheckAndWhatIsLeftForTheWindow() {
        Eligibility outcome = set("shandong", "28").evaluate(eligible().build(), TODAY);

        assertThat(outcome.eligible()).isTrue();
        assertThat(outcome.passed()).extracting(Check::line).containsExactly(
                "所在单位和本人已按照规定履行缴费义务满 1 年（失业保险累计缴费 40 个月） — 004 #28 办理条件（一）",
                "非因本人意愿中断就业（离职原因：被用人单位解除劳动合同） — 004 #28 办理条件（二）",
                "已办理失业登记（失业登记于 " + ChineseDates.day(TODAY.minusDays(25)) + "） — 004 #28 办理条件（三）");
        assertThat(outcome.deferred()).extracting(Check::line)
                .containsExactly("有求职要求（求职要求由本人在窗口确认） — 004 #28 办理条件（三）");
        assertThat(outcome.checks()).hasSize(set("shandong", "28").rules().size());
    }

    @Test
    void theClosedPolicySaysSinceWhen() {
        Eligibility outcome = set("shandong", "29").evaluate(eligible().build(), TODAY);

        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.refusals().get(0).line())
                .isEqualTo("失业补助金政策受理期已于 2023 年 3 月 31 日截止（已于 2023年4月1日 起停止受理） — 004 #29 注意事项（二）");
    }

    @Test
    void aRuleThatDoesNotSpeakOfThePersonIsNeitherPassedNorRefused() {
        Eligibility outcome = set("anshan-tiedong", "16")
                .evaluate(eligible().certificate(SkillLevel.LEVEL_4, TODAY.minusMonths(1)).build(), TODAY);

        assertThat(outcome.checks()).filteredOn(c -> c.verdict() == Verdict.NOT_APPLICABLE)
                .extracting(c -> c.rule().id()).containsExactly("000-16-2022-12-months-or-benefit");
        assertThat(outcome.passed()).extracting(c -> c.rule().id()).doesNotContain("000-16-2022-12-months-or-benefit");
    }

    @Test
    void aRuleSetAppliesOnlyWithinItsValidityDays() {
        RuleBook book = new RuleBook(RuleFileReader.read("fushun.json", json("""
                {"region": "fushun", "ruleSets": [{"item": "15", "name": "失业保险金申领",
                  "validFrom": "2024-01-01", "validTo": "2024-12-31", "rules": []}]}
                """)));

        assertThat(book.ruleSet("fushun", "15", LocalDate.parse("2023-12-31"))).isEmpty();
        assertThat(book.ruleSet("fushun", "15", LocalDate.parse("2024-01-01"))).isPresent();
        assertThat(book.ruleSet("fushun", "15", LocalDate.parse("2024-12-31"))).isPresent();
        assertThat(book.ruleSet("fushun", "15", LocalDate.parse("2025-01-01"))).isEmpty();
        assertThat(book.ruleSet("shandong", "15", LocalDate.parse("2024-06-01"))).isEmpty();
    }

    @Test
    void theShippedRuleSetsAreFoundByRegionAndItem() {
        assertThat(BOOK.ruleSet("fushun", "41", TODAY)).map(RuleSet::itemName).contains("社会保险待遇领取资格认证");
        assertThat(BOOK.ruleSet("haicheng", "1", TODAY)).isEmpty();
    }

    private static RuleSet set(String region, String item) {
        return BOOK.ruleSet(region, item, TODAY).orElseThrow();
    }

    static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
