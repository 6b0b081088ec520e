package com.hallkiosk.eligibility;

import java.util.List;

/** The rule files this project ships, read once per test class. */
final class RuleBooks {
    static final List<String> REGIONS = List.of("anshan-tiedong", "fushun", "haicheng", "shandong");

    private RuleBooks() {
    }

    static RuleBook shipped() {
        return RuleFileReader.fromClasspath(REGIONS);
    }
}
