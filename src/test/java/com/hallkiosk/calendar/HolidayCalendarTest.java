package com.hallkiosk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {
    private final HolidayCalendar calendar = new HolidayCalendarLoader().shipped();

    static Stream<Arguments> timeLimits() {
        return Stream.of(
                // An ordinary week: Monday + 5 working days is the next Monday.
                Arguments.of("2026-11-23", 5, "2026-11-30"),
                // Friday before the Spring Festival: Saturday 2-14 is worked (调休), 2-15…2-23 are off.
                Arguments.of("2026-02-13", 5, "2026-02-27"),
                // Across the National Day week: 10-1…10-7 off, Saturday 10-10 worked.
                Arguments.of("2026-09-28", 5, "2026-10-10"),
                // Sunday 9-20 is worked: the Saturday before counts it.
                Arguments.of("2026-09-19", 1, "2026-09-20"),
                // Labour Day: 5-1…5-5 off, Saturday 5-9 worked.
                Arguments.of("2026-04-30", 3, "2026-05-08"),
                Arguments.of("2026-04-30", 4, "2026-05-09"),
                // New Year: 1-1…1-3 off, Sunday 1-4 worked.
                Arguments.of("2026-01-01", 1, "2026-01-04"),
                Arguments.of("2026-06-18", 1, "2026-06-22"),
                Arguments.of("2026-06-18", 0, "2026-06-18"));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @MethodSource("timeLimits")
    void workingDaysAreCountedOnTheStateCouncilsNotice(String start, int days, String expected) {
        assertThat(calendar.afterWorkingDays(LocalDate.parse(start), days)).contains(LocalDate.parse(expected));
    }

    @Test
    void aCountIntoAYearWhoseNoticeIsNotInTheCalendarHasNoAnswer() {
        assertThat(calendar.years()).containsExactly(2026);
        assertThat(calendar.afterWorkingDays(LocalDate.of(2026, 12, 28), 3)).contains(LocalDate.of(2026, 12, 31));
        assertThat(calendar.afterWorkingDays(LocalDate.of(2026, 12, 28), 5)).isEmpty();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isEmpty();
    }

    @Test
    void eachHolidayKeepsTheNoticesSentence() {
        HolidayYear year = calendar.year(2026).orElseThrow();
        assertThat(year.source()).contains("国务院办公厅关于2026年部分节假日安排的通知");
        assertThat(year.holidays()).hasSize(7).allSatisfy(holiday -> assertThat(holiday.basis()).contains(holiday.name()));
    }

    @Test
    void aBadFileIsRefusedNamingTheField() {
        HolidayCalendarLoader loader = new HolidayCalendarLoader();
        assertThatThrownBy(() -> loader.read(bytes("{\"years\":[{\"year\":2026,\"source\":\"s\",\"holidays\":[{\"name\":\"国庆节\","
                + "\"from\":\"2026-10-07\",\"to\":\"2026-10-01\",\"basis\":\"b\"}]}]}"), "h.json"))
                .hasMessageContaining("h.json: years[0].holidays[0].to").hasMessageContaining("before");
        assertThatThrownBy(() -> loader.read(bytes("{\"years\":[{\"year\":2026,\"source\":\"s\",\"holidays\":[],"
                + "\"workingWeekends\":[\"2026-10-09\"]}]}"), "h.json"))
                .hasMessageContaining("years[0].workingWeekends[0]").hasMessageContaining("FRIDAY");
        assertThatThrownBy(() -> loader.read(bytes("{\"years\":[{\"year\":2026,\"source\":\"s\",\"holidays\":[{\"name\":\"元旦\","
                + "\"from\":\"2027-01-01\",\"to\":\"2027-01-01\",\"basis\":\"b\"}]}]}"), "h.json"))
                .hasMessageContaining("not in 2026");
        assertThatThrownBy(() -> loader.read(bytes("{\"years\":[{\"year\":2026,\"source\":\"s\"},{\"year\":2026,\"source\":\"t\"}]}"),
                "h.json")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> loader.read(bytes("not json"), "h.json")).hasMessageContaining("h.json: not JSON");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
