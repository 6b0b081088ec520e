package com.hallkiosk.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every region's rule sets, as the rule files give them (see {@link RuleFileReader}). */
public record RuleBook(List<RuleSet> ruleSets) {
    public RuleBook {
        ruleSets = List.copyOf(ruleSets);
    }

    /** The rule set of the region's item that is valid on {@code day}, if any. */
    public Optional<RuleSet> ruleSet(String region, String itemNumber, LocalDate day) {
        return ruleSets.stream().filter(set -> set.region().equals(region) && set.itemNumber().equals(itemNumber))
                .filter(set -> set.validOn(day)).findFirst();
    }
}
