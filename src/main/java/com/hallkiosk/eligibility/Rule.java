package com.hallkiosk.eligibility;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One rule of a catalog item: its condition, the words a refusal and an approval line use, and its source.
 * {@code when} limits the rule to the people it speaks of (000 #16: 36 months only for certificates from 2023).
 */
public record Rule(String id, Optional<Condition> when, Condition condition, String refusal, String approval,
                   RuleSource source) {
    public Check check(EligibilityFacts facts, LocalDate today) {
        if (when.isPresent() && when.get().answer(facts, today).verdict() == Verdict.FAILED) {
            return new Check(this, new Answer(Verdict.NOT_APPLICABLE, ""));
        }
        return new Check(this, condition.answer(facts, today));
    }

    /** A rule and how it came out. */
    public record Check(Rule rule, Answer answer) {
        public Verdict verdict() {
            return answer.verdict();
        }

        /** The line a person reads: the rule's words, what was seen, and the source. */
        public String line() {
            String words = verdict() == Verdict.FAILED ? rule.refusal() : rule.approval();
            String detail = answer.detail().isEmpty() ? "" : "（" + answer.detail() + "）";
            return words + detail + " — " + rule.source().cite();
        }
    }
}
