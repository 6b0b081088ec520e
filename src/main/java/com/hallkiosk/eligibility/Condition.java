package com.hallkiosk.eligibility;

import com.hallkiosk.business.Application;
import com.hallkiosk.business.ApplicationKind;
import com.hallkiosk.business.Separation;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.business.SkillLevel;
import com.hallkiosk.calendar.ChineseDates;
import com.hallkiosk.certificate.content.Insurance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One condition of a rule, a pure function of the person's facts and the day. The wire names and fields are
 * in docs/catalog-format.md ("Eligibility rule sets"); {@link RuleFileReader} builds them.
 */
public sealed interface Condition {
    Answer answer(EligibilityFacts facts, LocalDate today);

    /** {@code contribution-months}: at least N months of one insurance, in all or unbroken up to the last. */
    record ContributionMonthsAtLeast(Insurance insurance, boolean continuous, int atLeast) implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            ContributionMonths months = facts.months(insurance);
            int counted = continuous ? months.continuous() : months.cumulative();
            return Answer.of(counted >= atLeast,
                    insurance.chinese() + (continuous ? "连续" : "累计") + "缴费 " + counted + " 个月");
        }
    }

    /** {@code separation-involuntary}: the latest separation was not of the person's own will. */
    record SeparationInvoluntary() implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            return facts.separation().map(s -> Answer.of(s.reason().involuntary(), "离职原因：" + s.reason().chinese()))
                    .orElse(Answer.of(false, "无解除劳动关系记录"));
        }
    }

    /** {@code registered-unemployed}: the person has done 失业登记 after the latest separation. */
    record RegisteredUnemployed() implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            return facts.separation().flatMap(Separation::registeredUnemployedOn)
                    .map(on -> Answer.of(true, "失业登记于 " + ChineseDates.day(on)))
                    .orElse(Answer.of(false, "无失业登记记录"));
        }
    }

    /** {@code receiving-unemployment-benefit}: the person now draws 失业保险金 (unknown at the central today). */
    record ReceivingUnemploymentBenefit() implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            return facts.receivingUnemploymentBenefit().map(receiving -> Answer.of(receiving, ""))
                    .orElse(Answer.deferred("是否正在领取失业保险金，请到窗口核验"));
        }
    }

    /** {@code certificate-level}: the certificate applied with is of one of these levels. */
    record CertificateLevel(Set<SkillLevel> levels) implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            return withCertificate(facts, c -> Answer.of(levels.contains(c.level()), "证书等级：" + c.level().chinese()));
        }
    }

    /** {@code certificate-issued}: the certificate was issued between the two days (both included; either open). */
    record CertificateIssued(Optional<LocalDate> from, Optional<LocalDate> to) implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            return withCertificate(facts, c -> Answer.of(between(c.issuedOn(), from, to), "证书核发于 " + ChineseDates.day(c.issuedOn())));
        }
    }

    /** {@code certificate-within-months}: today is at most N months after the certificate's issue (that day included). */
    record CertificateWithinMonths(int months) implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            return withCertificate(facts, c -> Answer.of(!today.isAfter(c.issuedOn().plusMonths(months)),
                    "证书核发于 " + ChineseDates.day(c.issuedOn()) + "，申请期限至 "
                            + ChineseDates.day(c.issuedOn().plusMonths(months))));
        }
    }

    /** What {@link AtMost} counts: this calendar year's, all, or those for the same occupation and level. */
    enum Per { CALENDAR_YEAR, EVER, SUBJECT }

    /** {@code at-most}: fewer than N earlier applications of a kind (per calendar year, ever, or per subject). */
    record AtMost(ApplicationKind kind, int count, Per per) implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            if (per == Per.SUBJECT && facts.certificate().isEmpty()) {
                return Answer.deferred("未选择证书");
            }
            long earlier = facts.applications().stream().filter(a -> a.kind() == kind)
                    .filter(a -> switch (per) {
                        case CALENDAR_YEAR -> a.submittedOn().getYear() == today.getYear();
                        case EVER -> true;
                        case SUBJECT -> a.subject().equals(EligibilityFacts.skillSubject(facts.certificate().get()));
                    }).count();
            String counted = switch (per) {
                case CALENDAR_YEAR -> today.getYear() + " 年已申领 ";
                case EVER -> "已申领 ";
                case SUBJECT -> "同一职业（工种）同一等级已申领 ";
            };
            return Answer.of(earlier < count, counted + earlier + " 次");
        }
    }

    /** {@code not-below-level-received}: no earlier subsidy for the same occupation at a higher level. */
    record NotBelowLevelReceived(ApplicationKind kind) implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            return withCertificate(facts, c -> {
                Optional<SkillLevel> higher = facts.applications().stream().filter(a -> a.kind() == kind)
                        .map(Application::subject).filter(s -> s.startsWith(c.occupation() + "/"))
                        .map(s -> SkillLevel.valueOf(s.substring(c.occupation().length() + 1)))
                        .filter(level -> level.compareTo(c.level()) > 0).findFirst();
                return Answer.of(higher.isEmpty(), higher.map(l -> "已享受" + l.chinese() + "证书补贴").orElse(""));
            });
        }
    }

    /** {@code not-with-subsidy}: the person does not draw the named subsidy (unknown at the central today). */
    record NotWithSubsidy(String subsidy) implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            return facts.otherSubsidies().map(others -> Answer.of(!others.contains(subsidy), ""))
                    .orElse(Answer.deferred("是否享受" + subsidy + "，请到窗口核验"));
        }
    }

    /** {@code within-days-of-separation}: today is at most N days after the latest separation. */
    record WithinDaysOfSeparation(int days) implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            return facts.separation().map(s -> Answer.of(!today.isAfter(s.separatedOn().plusDays(days)),
                            "解除劳动关系于 " + ChineseDates.day(s.separatedOn()) + "，已 " + ChronoUnit.DAYS.between(s.separatedOn(), today) + " 日"))
                    .orElse(Answer.of(false, "无解除劳动关系记录"));
        }
    }

    /** {@code policy-window}: today is within the policy's acceptance period (both days included; either open). */
    record PolicyWindow(Optional<LocalDate> from, Optional<LocalDate> to) implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            if (from.isPresent() && today.isBefore(from.get())) {
                return Answer.of(false, "自 " + ChineseDates.day(from.get()) + " 起受理");
            }
            if (to.isPresent() && today.isAfter(to.get())) {
                return Answer.of(false, "已于 " + ChineseDates.day(to.get().plusDays(1)) + " 起停止受理");
            }
            return Answer.of(true, to.map(day -> "受理期至 " + day).orElse(""));
        }
    }

    /** {@code not-suspended-for}: no benefit of the person is suspended for a reason containing these words. */
    record NotSuspendedFor(String reason) implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            return Answer.of(facts.suspensions().stream().noneMatch(s -> s.contains(reason)), "");
        }
    }

    /** {@code deferred}: only a person (the window) or a later step (the face comparison) can decide it. */
    record Deferred(String decidedBy) implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            return Answer.deferred(decidedBy);
        }
    }

    /** {@code any-of}: passes when one of its conditions passes; deferred when none fails for certain. */
    record AnyOf(List<Condition> conditions) implements Condition {
        @Override
        public Answer answer(EligibilityFacts facts, LocalDate today) {
            List<Answer> answers = conditions.stream().map(c -> c.answer(facts, today)).toList();
            String detail = answers.stream().map(Answer::detail).filter(d -> !d.isEmpty())
                    .collect(Collectors.joining("；"));
            if (answers.stream().anyMatch(a -> a.verdict() == Verdict.PASSED)) {
                return new Answer(Verdict.PASSED, detail);
            }
            return answers.stream().anyMatch(a -> a.verdict() == Verdict.DEFERRED)
                    ? Answer.deferred(detail) : Answer.of(false, detail);
        }
    }

    private static Answer withCertificate(EligibilityFacts facts, Function<SkillCertificate, Answer> answer) {
        return facts.certificate().map(answer).orElse(Answer.of(false, "无职业资格证书或职业技能等级证书记录"));
    }

    private static boolean between(LocalDate day, Optional<LocalDate> from, Optional<LocalDate> to) {
        return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
    }
}
