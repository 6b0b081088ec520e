package com.hallkiosk.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules of one catalog item of one region ({@code itemNumber} as the region's document numbers it), valid
 * from and to the given days (both included; an empty bound is open: the seeds date none of their guides
 * precisely enough to bound them).
 */
public record RuleSet(String region, String itemNumber, String itemName, Optional<LocalDate> validFrom,
                      Optional<LocalDate> validTo, List<Rule> rules) {
    public RuleSet {
        rules = List.copyOf(rules);
    }

    public boolean validOn(LocalDate day) {
        return validFrom.map(from -> !day.isBefore(from)).orElse(true)
                && validTo.map(to -> !day.isAfter(to)).orElse(true);
    }

    /** Every rule checked, in order: the outcome names every failing rule, the first one first. */
    public Eligibility evaluate(EligibilityFacts facts, LocalDate today) {
        return new Eligibility(this, rules.stream().map(rule -> rule.check(facts, today)).toList());
    }
}
