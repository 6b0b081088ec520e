package com.hallkiosk.business;

import java.time.LocalDate;

/**
 * A submitted application. {@code subject} is what makes it unique for its person and kind, so the
 * business system itself refuses the second one: for a skill subsidy the occupation and level
 * ({@code 电工/LEVEL_4}: "not twice for the same occupation and level"), for the unemployment benefit the
 * separation date.
 */
public record Application(String applicationNumber, String idNumber, ApplicationKind kind, String subject,
                          LocalDate submittedOn) {
}
