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
