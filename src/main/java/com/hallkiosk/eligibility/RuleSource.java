package com.hallkiosk.eligibility;

/**
 * Where a rule comes from: the seed document's number ({@code 001}) and the place in it ({@code 违规禁办 五.2},
 * {@code #30 注意事项（一）}), with the seed's own words, so a refusal can cite it and a test can find it.
 */
public record RuleSource(String document, String item, String quote) {
    /** The citation shown on screen and receipt: "001 违规禁办 五.2". */
    public String cite() {
        return document + " " + item;
    }
}
