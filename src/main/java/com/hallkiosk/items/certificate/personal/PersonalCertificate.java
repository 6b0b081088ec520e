package com.hallkiosk.items.certificate.personal;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.CertificateContents;
import com.hallkiosk.business.ContributionHistory;
import com.hallkiosk.business.ContributionRecords;
import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.content.PersonalContribution;
import com.hallkiosk.items.Choice;
import com.hallkiosk.items.Identity;
import com.hallkiosk.items.certificate.CertificateDraft;
import com.hallkiosk.items.certificate.CertificateFacts;
import com.hallkiosk.items.certificate.CertificateKind;
import com.hallkiosk.items.certificate.InsuranceScope;
import com.hallkiosk.items.certificate.MonthRange;
import com.hallkiosk.items.certificate.Periods;
import java.util.List;
import java.util.Map;

/**
 * 个人参保证明, for anyone the central has contributions of. The seeds it follows:
 * <ul>
 *   <li>000 #8 (鞍山铁东) {@code "个人参保证明查询打印（企业养老保险部分）"}: {@code "申请人可异地查询、打印个人社保参保证明信息，
 *       不受地域限制。"}, material {@code "社会保障卡或居民身份证原件"}, {@code "④自助办：自助查询打印机"};</li>
 *   <li>001 #5 (抚顺) {@code "企业养老保险缴费证明查询"}: {@code "参保人查询缴费情况"}, material {@code "身份证原件或电子社保卡"},
 *       {@code "③自助办：各经办机构办公地点自助查询一体机查询打印"};</li>
 *   <li>004 #19 (山东) {@code "个人参保缴费证明查询打印"}: {@code "参加社会保险的个人向社会保险经办机构申请查询本人缴费情况…"},
 *       material {@code "社会保障卡或身份证原件"}, {@code "参保人至指定窗口办理或自助服务机办理。"}.</li>
 * </ul>
 * In 000 and 001 the certificate is the enterprise pension insurance's alone ({@link InsuranceScope}). The
 * seeds name no period; the per-year table is cut to the years chosen ({@link Periods#calendarYears}), while
 * each insurance's first month and cumulative months stay whole, as they are facts of all the years.
 */
public record PersonalCertificate(ContributionRecords records, InsuranceScope scope) implements CertificateKind {
    private static final CertificateFacts FACTS = new CertificateFacts(CertificateType.PERSONAL_CONTRIBUTION, "个人参保证明",
            List.of("个人参保证明查询打印（企业养老保险部分）", "企业养老保险缴费证明查询", "个人参保缴费证明查询打印"),
            () -> new BusinessException.NothingToDo("no contributions to certify"),
            Map.of(BusinessException.NothingToDo.class, "业务系统里没有您的缴费记录，这里不能打印个人参保证明。"));

    @Override
    public CertificateFacts facts() {
        return FACTS;
    }

    @Override
    public List<Choice> choices(Identity who) throws BusinessException {
        ContributionHistory history = records.contributions(who.idNumber());
        List<Integer> years = scope.contributedYears(history);
        if (years.isEmpty()) {
            throw FACTS.notEntitled().get();
        }
        return Periods.calendarYears(years.get(0), years.get(years.size() - 1), history.asOf(), "全部缴费年度");
    }

    @Override
    public CertificateDraft draft(Identity who, Choice chosen) throws BusinessException {
        MonthRange range = MonthRange.parse(chosen.key());
        PersonalContribution whole = CertificateContents.personalContribution(records.contributions(who.idNumber()));
        PersonalContribution cut = new PersonalContribution(whole.holder(),
                whole.insurances().stream().filter(i -> scope.includes(i.insurance())).toList(),
                whole.years().stream().filter(y -> range.covers(y.year())).toList());
        return new CertificateDraft(cut, scope.words().stream().toList());
    }
}
