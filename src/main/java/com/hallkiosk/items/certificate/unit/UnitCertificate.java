package com.hallkiosk.items.certificate.unit;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.CertificateContents;
import com.hallkiosk.business.CertificateData;
import com.hallkiosk.business.Unit;
import com.hallkiosk.business.UnitRecord;
import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.content.UnitContribution;
import com.hallkiosk.items.Choice;
import com.hallkiosk.items.Identity;
import com.hallkiosk.items.certificate.CertificateDraft;
import com.hallkiosk.items.certificate.CertificateFacts;
import com.hallkiosk.items.certificate.CertificateKind;
import com.hallkiosk.items.certificate.InsuranceScope;
import com.hallkiosk.items.certificate.MonthRange;
import com.hallkiosk.items.certificate.Periods;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 单位参保证明, printed by a unit's legal representative (法定代表人) for a unit the central says they represent.
 * The seeds it follows:
 * <ul>
 *   <li>000 #7 (鞍山铁东) {@code "单位参保证明查询打印（企业养老保险部分）"}: {@code "申请人可异地查询、打印本单位社保参保证明信息，
 *       不受地域限制。"}, material {@code "法定代表人社会保障卡或居民身份证原件，或单位介绍信"}, {@code "④自助办：自助查询打印机"};
 *       the 单位介绍信 is for a window, so at the kiosk it is the legal representative's own card;</li>
 *   <li>004 #18 (山东) {@code "单位参保证明查询打印"}: material {@code "有效身份证件"} and {@code "单位出具的加盖公章的介绍信"},
 *       offline {@code "单位经办人提供单位出具的加盖公章的介绍信至指定窗口办理。"} (no self-service machine: the catalog leaves
 *       it off Shandong's kiosks), and {@code "单位存在欠费的，给出提示，只能打印实际缴费时间段。"}, which
 *       {@link CertificateContents#unitContribution} applies and the confirm step tells.</li>
 * </ul>
 * There is one choose step, so each button is a unit and a period ({@link Periods#recentMonths}); most
 * representatives have one unit. In 000 the certificate is the enterprise pension insurance's alone.
 */
public record UnitCertificate(CertificateData certificates, InsuranceScope scope) implements CertificateKind {
    private static final CertificateFacts FACTS = new CertificateFacts(CertificateType.UNIT, "单位参保证明",
            List.of("单位参保证明查询打印（企业养老保险部分）", "单位参保证明查询打印"), BusinessException.NotRepresentative::new,
            Map.of(BusinessException.NotRepresentative.class, "业务系统里没有登记您是哪个单位的法定代表人。"
                            + "单位参保证明在这里只能由单位的法定代表人本人打印；单位经办人可持单位介绍信到窗口办理。",
                    BusinessException.NothingToDo.class, "您代表的单位在业务系统里没有缴费记录，这里不能打印单位参保证明。"));
    /** Between the unit's credit code and the period in a choice's key; a credit code has letters and digits only. */
    private static final String KEY_SEPARATOR = "@";

    @Override
    public CertificateFacts facts() {
        return FACTS;
    }

    @Override
    public List<Choice> choices(Identity who) throws BusinessException {
        List<Choice> choices = new ArrayList<>();
        for (Unit unit : certificates.unitsRepresentedBy(who.idNumber())) {
            UnitRecord record = scoped(certificates.unitRecord(who.idNumber(), unit.creditCode()));
            Optional<YearMonth> first = record.insurances().stream().map(UnitRecord.UnitInsurance::paidFrom)
                    .min(YearMonth::compareTo);
            Optional<YearMonth> last = record.insurances().stream().map(UnitRecord.UnitInsurance::paidTo)
                    .max(YearMonth::compareTo);
            if (first.isPresent()) {
                choices.addAll(Periods.recentMonths(first.get(), last.orElseThrow(), record.asOf(), unit.name() + "：",
                        unit.creditCode() + KEY_SEPARATOR));
            }
        }
        if (choices.isEmpty()) {
            throw new BusinessException.NothingToDo("no unit with a paid month");
        }
        return choices;
    }

    @Override
    public CertificateDraft draft(Identity who, Choice chosen) throws BusinessException {
        int cut = chosen.key().indexOf(KEY_SEPARATOR);
        MonthRange asked = MonthRange.parse(chosen.key().substring(cut + 1));
        UnitRecord record = scoped(certificates.unitRecord(who.idNumber(), chosen.key().substring(0, cut)));
        UnitContribution content = CertificateContents.unitContribution(record, asked.from(), asked.to());
        List<String> lines = new ArrayList<>();
        lines.add("单位：" + content.unitName());
        lines.add("证明期间：" + new MonthRange(content.periodFrom(), content.periodTo()).words());
        if (content.inArrears()) {
            lines.add("该单位存在欠费：按规定只能打印实际缴费的时间段，证明期间已截至最后缴费的月份。");
        }
        scope.words().ifPresent(lines::add);
        return new CertificateDraft(content, lines);
    }

    private UnitRecord scoped(UnitRecord record) {
        return new UnitRecord(record.unit(), record.inArrears(), record.asOf(),
                record.insurances().stream().filter(i -> scope.includes(i.insurance())).toList());
    }
}
