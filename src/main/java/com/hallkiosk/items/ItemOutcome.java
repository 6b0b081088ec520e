package com.hallkiosk.items;

import java.util.List;

/**
 * What an item's operation gave, as the person sees it on screen and on the receipt.
 *
 * @param result        the result lines (masked), e.g. "卡状态：正常"
 * @param nextSteps     what the person does next because of this result, before the catalog's channels
 * @param journalDetail what the journal keeps about it: no personal data, no long numbers
 */
public record ItemOutcome(List<String> result, List<String> nextSteps, String journalDetail) {
    public ItemOutcome {
        result = List.copyOf(result);
        nextSteps = List.copyOf(nextSteps);
    }
}
