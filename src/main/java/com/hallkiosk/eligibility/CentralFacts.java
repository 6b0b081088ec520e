package com.hallkiosk.eligibility;

import com.hallkiosk.business.Applications;
import com.hallkiosk.business.BenefitCertification;
import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.ContributionHistory;
import com.hallkiosk.business.ContributionRecords;
import com.hallkiosk.business.InsuranceRecord;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.certificate.content.Insurance;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Gathers a person's {@link EligibilityFacts} from the central's ports, one call per port. */
public record CentralFacts(ContributionRecords contributions, Applications applications,
                           BenefitCertification benefits) {
    /**
     * The facts of one person; {@code certificate} is the one they apply with, if any. Whether they now draw
     * 失业保险金 and which other subsidies they draw are left unknown: the business port holds neither.
     */
    public EligibilityFacts gather(String idNumber, Optional<SkillCertificate> certificate) throws BusinessException {
        ContributionHistory history = contributions.contributions(idNumber);
        Map<Insurance, ContributionMonths> months = new EnumMap<>(Insurance.class);
        for (InsuranceRecord record : history.insurances()) {
            months.put(record.insurance(),
                    new ContributionMonths(record.cumulativeMonths(), record.continuousMonthsAtEnd()));
        }
        return new EligibilityFacts(months, applications.separation(idNumber), certificate,
                applications.applications(idNumber),
                benefits.entitlements(idNumber).stream().flatMap(e -> e.suspendedBecause().stream()).toList(),
                Optional.empty(), Optional.empty());
    }
}
