package com.hallkiosk.business;

import com.hallkiosk.certificate.content.Insurance;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** A person's contributions, insurance by insurance, as of a month. */
public record ContributionHistory(Person person, YearMonth asOf, List<InsuranceRecord> insurances) {
    public ContributionHistory {
        insurances = List.copyOf(insurances);
    }

    public Optional<InsuranceRecord> insurance(Insurance insurance) {
        return insurances.stream().filter(i -> i.insurance() == insurance).findFirst();
    }
}
