package com.hallkiosk.eligibility;

/** One insurance's contributed months: in all (累计) and in the unbroken run ending at the last one (连续). */
public record ContributionMonths(int cumulative, int continuous) {
    public static final ContributionMonths NONE = new ContributionMonths(0, 0);
}
