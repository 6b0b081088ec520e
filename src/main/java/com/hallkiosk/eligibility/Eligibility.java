package com.hallkiosk.eligibility;

import com.hallkiosk.eligibility.Rule.Check;

import java.util.List;

/**
 * The outcome of a rule set for one person: refused when any rule failed (each named in words with its source),
 * otherwise eligible with the list of what was checked; the rules the central could not decide are listed apart,
 * to be checked at the window (or by a later step).
 */
public record Eligibility(RuleSet ruleSet, List<Check> checks) {
    public Eligibility {
        checks = List.copyOf(checks);
    }

    public boolean eligible() {
        return refusals().isEmpty();
    }

    public List<Check> refusals() {
        return having(Verdict.FAILED);
    }

    public List<Check> passed() {
        return having(Verdict.PASSED);
    }

    public List<Check> deferred() {
        return having(Verdict.DEFERRED);
    }

    private List<Check> having(Verdict verdict) {
        return checks.stream().filter(check -> check.verdict() == verdict).toList();
    }
}
