package com.hallkiosk.items.certificate;

import com.hallkiosk.items.Choice;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods a person may choose for a certificate. The seeds name no periods (004 says only, of the unit
 * certificate, "单位存在欠费的，给出提示，只能打印实际缴费时间段。"), so these are our design, after the certificates'
 * own shapes: a certificate with a table per calendar year (个人参保证明, 待遇领取证明) is offered recent whole
 * years or all of them; the unit certificate, whose template has a period of months, recent months or its
 * whole paid period; the 个人权益记录单, whose template has one 记录期间, one year at a time. A window is
 * offered only when it holds part of the record and is shorter than all of it, so no two buttons print the same.
 */
public final class Periods {
    private static final int[] RECENT_YEARS = {3, 5};
    private static final int[] RECENT_MONTHS = {12, 36};

    private Periods() {
    }

    /**
     * 近3年, 近5年 and all years, for a record that runs over the calendar years {@code firstYear} to
     * {@code lastYear}; every window runs to {@code asOf}, the month the central's data is as of.
     */
    public static List<Choice> calendarYears(int firstYear, int lastYear, YearMonth asOf, String allLabel) {
        List<Choice> choices = new ArrayList<>();
        for (int years : RECENT_YEARS) {
            int from = asOf.getYear() - years + 1;
            if (from > firstYear && from <= lastYear) {
                choices.add(new Choice(new MonthRange(YearMonth.of(from, 1), asOf).key(),
                        "近" + years + "年（" + from + "年—" + asOf.getYear() + "年）"));
            }
        }
        MonthRange all = new MonthRange(YearMonth.of(firstYear, 1), asOf);
        choices.add(new Choice(all.key(), allLabel + "（" + firstYear + "年—" + asOf.getYear() + "年）"));
        return choices;
    }

    /**
     * 近12个月, 近3年 and the whole period, for a record paid from {@code first} to {@code last}, each running
     * to {@code asOf}; {@code prefix} goes before each label (the unit's name) and {@code keyPrefix} before each key.
     */
    public static List<Choice> recentMonths(YearMonth first, YearMonth last, YearMonth asOf, String prefix,
                                            String keyPrefix) {
        List<Choice> choices = new ArrayList<>();
        for (int months : RECENT_MONTHS) {
            YearMonth from = asOf.minusMonths(months - 1L);
            if (from.isAfter(first) && !from.isAfter(last)) {
                MonthRange range = new MonthRange(from, asOf);
                String window = months % 12 == 0 && months > 12 ? "近" + months / 12 + "年" : "近" + months + "个月";
                choices.add(new Choice(keyPrefix + range.key(), prefix + window + "（" + range.words() + "）"));
            }
        }
        MonthRange all = new MonthRange(first, asOf.isBefore(first) ? first : asOf);
        choices.add(new Choice(keyPrefix + all.key(), prefix + "全部参保期间（" + all.words() + "）"));
        return choices;
    }

    /**
     * One choice per year of {@code years} (newest first, at most {@code most}): a past year whole
     * ({@code 2025年度}), the current one up to {@code asOf} ({@code 2026年1月—6月}).
     */
    public static List<Choice> singleYears(List<Integer> years, YearMonth asOf, int most) {
        return years.stream().distinct().sorted((a, b) -> b - a).limit(most).map(year -> {
            boolean current = year == asOf.getYear();
            MonthRange range = new MonthRange(YearMonth.of(year, 1), current ? asOf : YearMonth.of(year, 12));
            return new Choice(range.key(), current ? year + "年1月—" + asOf.getMonthValue() + "月" : year + "年度");
        }).toList();
    }
}
