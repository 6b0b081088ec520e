package com.hallkiosk.items.certificate.pension;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.business.CertificateContents;
import com.hallkiosk.business.Pension;
import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.content.PensionReceipt;
import com.hallkiosk.items.Choice;
import com.hallkiosk.items.Identity;
import com.hallkiosk.items.certificate.CertificateDraft;
import com.hallkiosk.items.certificate.CertificateFacts;
import com.hallkiosk.items.certificate.CertificateKind;
import com.hallkiosk.items.certificate.MonthRange;
import com.hallkiosk.items.certificate.Periods;
import java.util.List;
import java.util.Map;

/**
 * 职工养老待遇领取证明, only for someone who draws the enterprise employees' pension. The seed is 004 #35 (山东)
 * {@code "职工养老待遇领取证明打印"}: {@code "办理条件": "已领取养老金的个人"}, material {@code "有效身份证件（居民身份证、
 * 社会保障卡、港澳台居民居住证、外国人居留证、外国人护照）"}, and {@code "参保人或参保单位至自助机、指定窗口办理。"}.
 * Someone the central lists no pension for is refused before choosing, in those words. A suspended pension
 * is still one the person draws; the certificate says 暂停发放, as the central gives it.
 *
 * <p>The seed names no period; the certificate's per-year table of payments is cut to the years chosen
 * ({@link Periods#calendarYears}), while the first month, the current amount and the status stay.
 */
public record PensionCertificate(BusinessSystem central) implements CertificateKind {
    private static final CertificateFacts FACTS = new CertificateFacts(CertificateType.PENSION_RECEIPT, "职工养老待遇领取证明",
            List.of("职工养老待遇领取证明打印"), () -> new BusinessException.NothingToDo("draws no pension"),
            Map.of(BusinessException.NothingToDo.class,
                    "业务系统里没有您领取职工养老金的记录。职工养老待遇领取证明只给已领取养老金的人打印。"));

    @Override
    public CertificateFacts facts() {
        return FACTS;
    }

    @Override
    public List<Choice> choices(Identity who) throws BusinessException {
        Pension pension = pensionOf(who);
        return Periods.calendarYears(pension.firstMonth().getYear(), pension.asOf().getYear(), pension.asOf(),
                "全部领取年度");
    }

    @Override
    public CertificateDraft draft(Identity who, Choice chosen) throws BusinessException {
        MonthRange range = MonthRange.parse(chosen.key());
        PensionReceipt whole = CertificateContents.pensionReceipt(central.personByIdNumber(who.idNumber()), pensionOf(who));
        PensionReceipt cut = new PensionReceipt(whole.holder(), whole.firstMonth(), whole.asOf(), whole.monthlyAmount(),
                whole.status(), whole.years().stream().filter(y -> range.covers(y.year())).toList());
        return new CertificateDraft(cut, List.of("领取状态：" + whole.status().chinese()));
    }

    private Pension pensionOf(Identity who) throws BusinessException {
        return central.pension(who.idNumber()).orElseThrow(FACTS.notEntitled());
    }
}
