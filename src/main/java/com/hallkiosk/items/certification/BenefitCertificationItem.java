package com.hallkiosk.items.certification;

import com.hallkiosk.business.BenefitCertification;
import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.Entitlement;
import com.hallkiosk.business.FaceMatch;
import com.hallkiosk.business.FaceSample;
import com.hallkiosk.calendar.ChineseDates;
import com.hallkiosk.eligibility.CentralFacts;
import com.hallkiosk.eligibility.Eligibility;
import com.hallkiosk.eligibility.Rule;
import com.hallkiosk.eligibility.RuleSet;
import com.hallkiosk.items.Choice;
import com.hallkiosk.items.Confirmation;
import com.hallkiosk.items.EnteredPins;
import com.hallkiosk.items.FaceCheck;
import com.hallkiosk.items.Identity;
import com.hallkiosk.items.IdentitySource;
import com.hallkiosk.items.ItemOutcome;
import com.hallkiosk.items.SelfServiceItem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * 社会保险待遇领取资格认证 (001 #41; 004 #34 for the employee pension): the person shows their ID card, the central says
 * which benefits they receive and by when each must be certified, the region's prohibited situations are checked
 * (001 禁办 三, from the catalog's rule set), then the face is filmed with liveness prompts and compared at the
 * central; a match records the certification of every benefit the person receives and gives each its next due date.
 *
 * <p>001 #41: "可选择以下方式定期完成社会保险待遇领取资格人脸识别自助认证" — the seeds list the window, the web and the
 * phone apps, no terminal, so the shipped catalogs do not let a terminal do it ({@code selfService.allowed} false);
 * a catalog that publishes it for terminals turns this item on. One face capture certifies the person for all
 * their benefits, as one person is alive and entitled once: the cycles differ per benefit (12 months June–May for
 * the pensions, 6 months for the others), the central counts each.
 */
public final class BenefitCertificationItem implements SelfServiceItem {
    public static final String ID = "benefit-certification";

    private final BenefitCertification benefits;
    private final CentralFacts facts;
    private final Function<LocalDate, Optional<RuleSet>> prohibited;
    private final Optional<FaceCheck> face;
    private final Clock clock;

    /**
     * @param prohibited the region's rule set for this item on a day (its prohibited situations); empty when it has none
     * @param face       the camera's face check; empty on a kiosk without a camera, which does not offer the item
     */
    public BenefitCertificationItem(BenefitCertification benefits, CentralFacts facts,
                                    Function<LocalDate, Optional<RuleSet>> prohibited, Optional<FaceCheck> face,
                                    Clock clock) {
        this.benefits = benefits;
        this.facts = facts;
        this.prohibited = prohibited;
        this.face = face;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> catalogNames() {
        return List.of("社会保险待遇领取资格认证", "职工养老保险领取待遇资格认证");
    }

    @Override
    public List<IdentitySource> identifiedBy() {
        return List.of(IdentitySource.ID_CARD);
    }

    @Override
    public List<Choice> choices(Identity who) {
        return List.of();
    }

    /** What the person receives and when each is due; a prohibited situation refuses before the camera. */
    @Override
    public Confirmation confirmation(Identity who, Choice chosen) throws BusinessException {
        if (face.isEmpty()) {
            throw new BusinessException.NothingToDo("这台终端没有摄像头，不能办理资格认证。");
        }
        List<Entitlement> entitlements = benefits.entitlements(who.idNumber());
        if (entitlements.isEmpty()) {
            throw new BusinessException.NothingToDo("业务系统里没有查到您在领取需要认证的社会保险待遇，不需要认证。");
        }
        LocalDate today = LocalDate.now(clock);
        List<String> lines = new ArrayList<>();
        lines.add("认证人：" + who.maskedName() + " " + who.maskedIdNumber());
        for (Entitlement entitlement : entitlements) {
            lines.add(entitlement.kind().chinese() + "：" + (entitlement.overdue(today) ? "已超过认证期限（应在"
                    + ChineseDates.day(entitlement.dueBy()) + "前认证）" : "本周期请在" + ChineseDates.day(entitlement.dueBy()) + "前认证")
                    + entitlement.lastCertified().map(last -> "，上次认证：" + ChineseDates.day(last)).orElse(""));
        }
        Optional<RuleSet> rules = prohibited.apply(today);
        if (rules.isPresent()) {
            Eligibility checked = rules.get().evaluate(facts.gather(who.idNumber(), Optional.empty()), today);
            if (!checked.eligible()) {
                throw new BusinessException.NothingToDo("不能办理资格认证：" + String.join("；",
                        checked.refusals().stream().map(Rule.Check::line).toList()) + "。");
            }
            checked.passed().forEach(check -> lines.add("已核对：" + check.line()));
            checked.deferred().forEach(check -> lines.add("另需核对：" + check.line()));
        }
        lines.add("点“开始认证”后，请正对摄像头，按屏幕提示眨眼、转头、读出数字。照片不保存，只在本次认证中使用。");
        return Confirmation.of(lines);
    }

    @Override
    public String confirmLabel() {
        return "开始认证";
    }

    @Override
    public Optional<FaceCheck> faceCheck(Choice chosen) {
        return face;
    }

    @Override
    public ItemOutcome act(Identity who, Choice chosen, EnteredPins pins) {
        throw new IllegalStateException("资格认证 needs the face sample");
    }

    @Override
    public ItemOutcome act(Identity who, Choice chosen, EnteredPins pins, Optional<FaceSample> sample)
            throws BusinessException {
        FaceMatch match = benefits.compareFace(who.idNumber(), sample.orElseThrow(
                () -> new IllegalStateException("资格认证 needs the face sample")));
        if (!match.matched()) {
            throw new BusinessException.NothingToDo("人脸比对没有通过，认证没有完成。");
        }
        List<String> result = new ArrayList<>();
        result.add("认证结果：通过");
        List<String> next = new ArrayList<>();
        for (Entitlement entitlement : benefits.entitlements(who.idNumber())) {
            Entitlement certified = benefits.recordCertification(who.idNumber(), entitlement.kind());
            result.add(certified.kind().chinese() + "：已认证");
            next.add(certified.kind().chinese() + "：下次请在" + ChineseDates.day(certified.dueBy()) + "前认证");
        }
        return new ItemOutcome(result, next, "certified " + (result.size() - 1) + " benefits, similarity "
                + match.similarity() + "/" + match.threshold());
    }

    @Override
    public String refusal(BusinessException refused) {
        if (refused instanceof BusinessException.NothingToDo nothing) {
            return nothing.getMessage();
        }
        if (refused instanceof BusinessException.UnknownPerson) {
            return "业务系统里没有查到您的信息。";
        }
        return "业务系统没有完成认证。";
    }
}
