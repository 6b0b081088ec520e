package com.hallkiosk.items.certificate.rights;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.CertificateContents;
import com.hallkiosk.business.ContributionHistory;
import com.hallkiosk.business.ContributionRecords;
import com.hallkiosk.certificate.CertificateType;
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
 * 社会保险个人权益记录单, one year at a time. The seed is 004 #20 (山东) {@code "社会保险个人权益记录查询打印"}:
 * {@code "参加社会保险的个人向社会保险经办机构申请查询本人缴费情况，反映其履行社会保险义务、享受社会保险权益状况的信息。"},
 * material {@code "社会保障卡或身份证原件"}, online {@code "社会保险模块-个人权益记录单打印-打印保存-办结"}; its offline route
 * is {@code "参保单位至指定窗口办理。"} with no self-service machine, so the catalog leaves it off the kiosks
 * ({@code "selfService": {"allowed": false}}) until a region's catalog allows it; the item is here because the
 * issue asks for it.
 *
 * <p>The template has one 记录期间 and the personal account year by year; a record is a year's (the seeds name
 * no period, see {@link Periods#singleYears}): the most recent {@value #YEARS_OFFERED} years with
 * contributions, the current one up to the month the central's data is as of.
 */
public record RightsRecordCertificate(ContributionRecords records) implements CertificateKind {
    private static final CertificateFacts FACTS = new CertificateFacts(CertificateType.RIGHTS_RECORD, "个人权益记录单",
            List.of("社会保险个人权益记录查询打印"), () -> new BusinessException.NothingToDo("no contributions to record"),
            Map.of(BusinessException.NothingToDo.class, "业务系统里没有您的缴费记录，这里不能打印个人权益记录单。"));
    static final int YEARS_OFFERED = 5;

    @Override
    public CertificateFacts facts() {
        return FACTS;
    }

    @Override
    public List<Choice> choices(Identity who) throws BusinessException {
        ContributionHistory history = records.contributions(who.idNumber());
        List<Integer> years = InsuranceScope.ALL.contributedYears(history);
        if (years.isEmpty()) {
            throw FACTS.notEntitled().get();
        }
        return Periods.singleYears(years, history.asOf(), YEARS_OFFERED);
    }

    @Override
    public CertificateDraft draft(Identity who, Choice chosen) throws BusinessException {
        MonthRange period = MonthRange.parse(chosen.key());
        return new CertificateDraft(CertificateContents.rightsRecord(records.contributions(who.idNumber()),
                records.pensionAccount(who.idNumber()), period.from(), period.to()), List.of("记录期间：" + period.words()));
    }
}
