package com.hallkiosk.business.demo;

import com.hallkiosk.business.BenefitKind;
import com.hallkiosk.business.Person;
import com.hallkiosk.business.SeparationReason;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.certificate.content.PensionReceipt.PensionStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the demo population says about one person. */
public record DemoPerson(long index, Person person, DemoCard card, List<DemoYear> years,
                         Map<Insurance, Integer> insuranceFromYear, Optional<DemoPension> pension,
                         List<DemoEntitlement> entitlements, Optional<DemoSeparation> separation,
                         List<SkillCertificate> skillCertificates) {

    /**
     * The months of {@code insurance} in all (累计), as the central counts them: the years from the one the
     * insurance started in, each month paid or back-paid; 0 for an insurance the person was never in.
     */
    public int cumulativeMonths(Insurance insurance) {
        Integer from = insuranceFromYear.get(insurance);
        return from == null ? 0 : years.stream().filter(y -> y.year() >= from).mapToInt(DemoYear::monthsContributed).sum();
    }

    /** The enterprise pension: first month, the first month's amount in fen (3% more each later January). */
    public record DemoPension(YearMonth firstMonth, long initialFen, PensionStatus status) {
    }

    public record DemoEntitlement(BenefitKind kind, Optional<LocalDate> lastCertified, LocalDate dueBy,
                                  Optional<String> suspendedBecause) {
    }

    public record DemoSeparation(int unitIndex, LocalDate separatedOn, SeparationReason reason,
                                 Optional<LocalDate> registeredUnemployedOn) {
    }
}
