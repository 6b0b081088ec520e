package com.hallkiosk.items.application;

import com.hallkiosk.calendar.ChineseDates;
import com.hallkiosk.calendar.HolidayCalendar;
import com.hallkiosk.catalog.model.Item;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application's time limit as the catalog item states it (004 #28 and #29 {@code "申请后 5 个工作日完成审核，按月发放"},
 * #30 {@code "申请后 5 个工作日完成审核，公示无异议后发放"}), and the day it ends, counted on the holiday calendar from
 * the day the central took the application. A count that runs into a year without a holiday notice gives no day,
 * only the working days: a date that ignores the holidays would be a promise the office may not keep.
 *
 * @param words       the catalog's words, or empty when the item states none
 * @param workingDays the working days in them ("5 个工作日"), or empty when they name none
 */
record TimeLimit(String words, Optional<Integer> workingDays) {
    private static final Pattern WORKING_DAYS = Pattern.compile("(\\d+)\\s*个工作日");

    static TimeLimit of(Item catalogItem) {
        String words = catalogItem.timeLimit() == null ? "" : catalogItem.timeLimit().strip();
        Matcher days = WORKING_DAYS.matcher(words);
        return new TimeLimit(words, days.find() ? Optional.of(Integer.parseInt(days.group(1))) : Optional.empty());
    }

    /** "办理时限：…" for the confirm step, or nothing when the catalog states none. */
    List<String> line() {
        return words.isEmpty() ? List.of() : List.of("办理时限：" + words);
    }

    /** The time limit and, where the calendar knows the days, the day by which it ends. */
    List<String> dueLines(LocalDate submittedOn, HolidayCalendar calendar) {
        if (workingDays.isEmpty()) {
            return line();
        }
        int days = workingDays.get();
        return calendar.afterWorkingDays(submittedOn, days)
                .map(due -> List.of("办理时限：" + words, "预计在 " + ChineseDates.day(due) + " 前办结（" + days + "个工作日）"))
                .orElse(List.of("办理时限：" + words, "预计在提交后 " + days + " 个工作日内办结（节假日安排尚未公布，具体日期以经办机构为准）"));
    }
}
