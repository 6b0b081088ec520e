package com.hallkiosk.items;

import java.util.List;
import java.util.Optional;

/**
 * What an item's operation gave, as the person sees it on screen and on the receipt.
 *
 * @param result        the result lines (masked), e.g. "卡状态：正常"
 * @param nextSteps     what the person does next because of this result, before the catalog's channels
 * @param journalDetail what the journal keeps about it: no personal data, no long numbers
 * @param reference     the journal's reference of what was issued (a certificate number), or empty
 * @param document      a document to print on the A4 printer before the receipt, or empty
 */
public record ItemOutcome(List<String> result, List<String> nextSteps, String journalDetail, String reference,
                          Optional<A4Document> document) {
    public ItemOutcome {
        result = List.copyOf(result);
        nextSteps = List.copyOf(nextSteps);
    }

    /** An outcome with nothing issued and nothing to print on A4. */
    public ItemOutcome(List<String> result, List<String> nextSteps, String journalDetail) {
        this(result, nextSteps, journalDetail, "", Optional.empty());
    }
}
