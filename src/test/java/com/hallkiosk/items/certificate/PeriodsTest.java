package com.hallkiosk.items.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.items.Choice;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodsTest {
    private static final YearMonth AS_OF = YearMonth.of(2026, 6);

    @Test
    void recentYearsAreOfferedOnlyWhenTheyHoldPartOfTheRecordAndAreShorterThanAllOfIt() {
        assertThat(Periods.calendarYears(1998, 2026, AS_OF, "全部缴费年度")).containsExactly(
                new Choice("2024-01..2026-06", "近3年（2024年—2026年）"),
                new Choice("2022-01..2026-06", "近5年（2022年—2026年）"),
                new Choice("1998-01..2026-06", "全部缴费年度（1998年—2026年）"));
        assertThat(Periods.calendarYears(2023, 2026, AS_OF, "全部")).extracting(Choice::label)
                .containsExactly("近3年（2024年—2026年）", "全部（2023年—2026年）");
        assertThat(Periods.calendarYears(2024, 2026, AS_OF, "全部")).extracting(Choice::label)
                .containsExactly("全部（2024年—2026年）");
        // A record that ended in 2010: "近3年" of today would print an empty table.
        assertThat(Periods.calendarYears(1995, 2010, AS_OF, "全部")).extracting(Choice::label)
                .containsExactly("全部（1995年—2026年）");
    }

    @Test
    void aUnitIsOfferedRecentMonthsAndItsWholePaidPeriodUnderItsName() {
        List<Choice> choices = Periods.recentMonths(YearMonth.of(2015, 3), YearMonth.of(2026, 5), AS_OF, "某公司：", "X@");
        assertThat(choices).containsExactly(
                new Choice("X@2025-07..2026-06", "某公司：近12个月（2025年07月—2026年06月）"),
                new Choice("X@2023-07..2026-06", "某公司：近3年（2023年07月—2026年06月）"),
                new Choice("X@2015-03..2026-06", "某公司：全部参保期间（2015年03月—2026年06月）"));
        assertThat(Periods.recentMonths(YearMonth.of(2025, 1), YearMonth.of(2026, 5), AS_OF, "", ""))
                .extracting(Choice::label).containsExactly("近12个月（2025年07月—2026年06月）", "全部参保期间（2025年01月—2026年06月）");
    }

    @Test
    void aRightsRecordIsOfferedYearByYearNewestFirstTheCurrentYearToTheMonthOfTheData() {
        assertThat(Periods.singleYears(List.of(2019, 2020, 2020, 2021, 2022, 2023, 2024, 2025, 2026), AS_OF, 5))
                .containsExactly(new Choice("2026-01..2026-06", "2026年1月—6月"), new Choice("2025-01..2025-12", "2025年度"),
                        new Choice("2024-01..2024-12", "2024年度"), new Choice("2023-01..2023-12", "2023年度"),
                        new Choice("2022-01..2022-12", "2022年度"));
    }

    @Test
    void aRangeIsReadBackFromItsKey() {
        MonthRange range = new MonthRange(YearMonth.of(2024, 1), AS_OF);
        assertThat(MonthRange.parse(range.key())).isEqualTo(range);
        assertThat(range.covers(2024)).isTrue();
        assertThat(range.covers(2023)).isFalse();
        assertThat(range.words()).isEqualTo("2024年01月—2026年06月");
        assertThatThrownBy(() -> MonthRange.parse("2024-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MonthRange(AS_OF, YearMonth.of(2024, 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
