package com.hallkiosk.items.application;

import com.hallkiosk.business.Application;
import com.hallkiosk.business.Applications;
import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.calendar.ChineseDates;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.eligibility.CentralFacts;
import com.hallkiosk.eligibility.Condition;
import com.hallkiosk.eligibility.Eligibility;
import com.hallkiosk.eligibility.EligibilityFacts;
import com.hallkiosk.eligibility.Rule;
import com.hallkiosk.eligibility.RuleSet;
import com.hallkiosk.eligibility.Verdict;
import com.hallkiosk.items.Choice;
import com.hallkiosk.items.Confirmation;
import com.hallkiosk.items.EnteredPins;
import com.hallkiosk.items.Identity;
import com.hallkiosk.items.IdentitySource;
import com.hallkiosk.items.ItemOutcome;
import com.hallkiosk.items.Refusal;
import com.hallkiosk.items.SelfServiceItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A benefit application (失业保险金申领, 技能提升补贴申领, 失业补助金申领; {@link BenefitApplication} holds what differs):
 * the person inserts the 社保卡 → (chooses the certificate) → the region's rules are evaluated on the central's
 * facts → refused with every failing rule and its source, or confirmed with what was checked, what the office
 * still checks, and the card's financial account the benefit goes to, masked → the central records it → a
 * receipt with the application number and the time limit's end on the holiday calendar.
 *
 * <p>Identified by the 社保卡 alone. The regions that let a terminal take these (004 #28, #29, #30) ask for
 * {@code "身份证或社会保障卡"}: either identifies. The benefit is paid into the card's financial account (000 #14
 * {@code "社会保障卡（已开通金融功能）"}, 000 #16 {@code "申请人鞍山市社会保障卡（已开通金融功能）"}), so the card is the
 * one to read: the person confirms the account of the card in hand, and no seed asks for the ID card beside it
 * (001 #15 asks both, at its window; Fushun's terminals do not take applications).
 *
 * <p>A rule set whose policy window has ended (004 #29 注意事项（二） {@code "政策受理期截至 2023 年 3 月 31 日"})
 * closes the item before anyone identifies: it says so and since when, and sends nothing.
 */
public final class ApplicationItem implements SelfServiceItem {
    private static final EligibilityFacts NOBODY = new EligibilityFacts(Map.of(), Optional.empty(), Optional.empty(),
            List.of(), List.of(), Optional.empty(), Optional.empty());

    private final BenefitApplication what;
    private final Applications applications;
    private final CardServices cards;
    private final CentralFacts facts;
    private final ApplicationRules rules;
    private final Clock clock;

    public ApplicationItem(BenefitApplication what, Applications applications, CardServices cards, CentralFacts facts,
                           ApplicationRules rules, Clock clock) {
        this.what = what;
        this.applications = applications;
        this.cards = cards;
        this.facts = facts;
        this.rules = rules;
        this.clock = clock;
    }

    /** The application {@code what} on the central's ports, with the rules and calendar of the kiosk's catalog. */
    public static ApplicationItem of(BenefitApplication what, BusinessSystem central, ApplicationRules rules,
                                     Clock clock) {
        return new ApplicationItem(what, central, central, new CentralFacts(central, central, central), rules, clock);
    }

    @Override
    public String id() {
        return what.id();
    }

    @Override
    public List<String> catalogNames() {
        return List.of(what.kind().chinese());
    }

    @Override
    public List<IdentitySource> identifiedBy() {
        return List.of(IdentitySource.SOCIAL_SECURITY_CARD);
    }

    /** Closed when a policy window of today's rule set has ended (or not begun): that needs nobody's facts. */
    @Override
    public Optional<Refusal> closed() {
        LocalDate today = LocalDate.now(clock);
        List<String> shut = rules.ruleSet(today).stream().flatMap(set -> set.rules().stream())
                .filter(rule -> rule.condition() instanceof Condition.PolicyWindow)
                .map(rule -> rule.check(NOBODY, today)).filter(check -> check.verdict() == Verdict.FAILED)
                .map(Rule.Check::line).toList();
        return shut.isEmpty() ? Optional.empty()
                : Optional.of(Refusal.closed(what.kind().chinese() + "的政策受理期已经结束，现在不再受理。", shut));
    }

    @Override
    public List<Choice> choices(Identity who) throws BusinessException, Refusal {
        if (what.subject() != BenefitApplication.Subject.CERTIFICATE) {
            return List.of();
        }
        List<SkillCertificate> held = applications.skillCertificates(who.idNumber());
        if (held.isEmpty()) {
            throw Refusal.atWindow("业务系统里没有您的职业资格证书或职业技能等级证书记录，不能申请技能提升补贴。", List.of());
        }
        return held.stream().map(c -> new Choice(c.certificateNumber(), certificateWords(c))).toList();
    }

    @Override
    public Confirmation confirmation(Identity who, Choice chosen) throws BusinessException, Refusal {
        Eligibility eligibility = evaluate(who, chosen).orElseThrow(() -> Refusal.atWindow(
                "这台机器没有" + what.kind().chinese() + "的资格规则，不能在这里申请。", List.of()));
        if (!eligibility.eligible()) {
            throw Refusal.atWindow("您现在不能办理" + what.kind().chinese() + "，原因如下：",
                    eligibility.refusals().stream().map(Rule.Check::line).toList());
        }
        Card card = cardOf(who);
        List<String> lines = new ArrayList<>(heading(chosen));
        lines.add(who.holderLine());
        lines.add(accountLine(card));
        lines.addAll(rules.timeLimit().line());
        lines.add("已核对：");
        eligibility.passed().forEach(check -> lines.add("· " + check.line()));
        lines.addAll(deferred(eligibility));
        return Confirmation.of(lines);
    }

    @Override
    public String confirmLabel() {
        return "确认申请";
    }

    @Override
    public ItemOutcome act(Identity who, Choice chosen, EnteredPins pins) throws BusinessException {
        Card card = cardOf(who);
        List<String> next = evaluate(who, chosen).map(ApplicationItem::deferred).orElse(List.of());
        Application application = applications.submit(who.idNumber(), what.kind(), subject(who, chosen));
        List<String> result = new ArrayList<>(heading(chosen));
        result.add("申请编号：" + application.applicationNumber());
        result.add("提交日期：" + ChineseDates.day(application.submittedOn()));
        result.add(accountLine(card));
        result.addAll(rules.timeLimit().dueLines(application.submittedOn(), rules.calendar()));
        // The journal's reference is the kiosk's transaction number: the central's application number (SQ + date +
        // hex) may hold a long run of digits, which the journal refuses; the central keeps it, the receipt shows it.
        return new ItemOutcome(result, next, "applied " + what.kind().name());
    }

    @Override
    public String refusal(BusinessException refused) {
        if (refused instanceof BusinessException.DuplicateApplication) {
            return what.duplicate();
        }
        if (refused instanceof BusinessException.HolderMismatch) {
            return "这张社会保障卡在业务系统里登记的不是这位持卡人，不能用它的账户收款。";
        }
        if (refused instanceof BusinessException.UnknownCard || refused instanceof BusinessException.UnknownPerson) {
            return "业务系统里没有查到这张社会保障卡或您的参保信息。";
        }
        return "业务系统没有受理这次申请。";
    }

    /** Today's rule set on the person's facts at the central; empty when the region has no rule set today. */
    private Optional<Eligibility> evaluate(Identity who, Choice chosen) throws BusinessException {
        LocalDate today = LocalDate.now(clock);
        Optional<RuleSet> set = rules.ruleSet(today);
        if (set.isEmpty()) {
            return Optional.empty();
        }
        Optional<SkillCertificate> certificate = what.subject() == BenefitApplication.Subject.CERTIFICATE
                ? Optional.of(certificate(who, chosen)) : Optional.empty();
        return Optional.of(set.get().evaluate(facts.gather(who.idNumber(), certificate), today));
    }

    /** The card the person inserted, as the central knows it; its account is where the benefit goes. */
    private Card cardOf(Identity who) throws BusinessException {
        Card card = cards.cardByNumber(who.cardNumber().orElseThrow(BusinessException.UnknownCard::new));
        if (!card.idNumber().equals(who.idNumber())) {
            throw new BusinessException.HolderMismatch();
        }
        return card;
    }

    private SkillCertificate certificate(Identity who, Choice chosen) throws BusinessException {
        return applications.skillCertificates(who.idNumber()).stream()
                .filter(c -> c.certificateNumber().equals(chosen.key())).findFirst()
                .orElseThrow(() -> new BusinessException.NothingToDo("the chosen certificate is not the person's"));
    }

    private String subject(Identity who, Choice chosen) throws BusinessException {
        return switch (what.subject()) {
            case SEPARATION -> applications.separation(who.idNumber())
                    .map(separation -> separation.separatedOn().toString())
                    .orElseThrow(() -> new BusinessException.NothingToDo("no separation to apply for"));
            case CERTIFICATE -> EligibilityFacts.skillSubject(certificate(who, chosen));
            case ONCE -> what.kind().name();
        };
    }

    private List<String> heading(Choice chosen) {
        List<String> lines = new ArrayList<>();
        lines.add("申请事项：" + what.kind().chinese());
        if (what.subject() == BenefitApplication.Subject.CERTIFICATE) {
            lines.add("证书：" + chosen.label());
        }
        return lines;
    }

    private static List<String> deferred(Eligibility eligibility) {
        List<String> lines = new ArrayList<>();
        if (!eligibility.deferred().isEmpty()) {
            lines.add("以下几项本机无法核对，由经办机构审核时核验：");
            eligibility.deferred().forEach(check -> lines.add("· " + check.line()));
        }
        return lines;
    }

    private static String accountLine(Card card) {
        return "收款账户：社保卡金融账户 " + card.maskedBankAccount() + "（" + card.issuingBank() + "）";
    }

    private static String certificateWords(SkillCertificate certificate) {
        return certificate.occupation() + " " + certificate.level().chinese() + "（" + ChineseDates.day(certificate.issuedOn())
                + "发证）";
    }
}
