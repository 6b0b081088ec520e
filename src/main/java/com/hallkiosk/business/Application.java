package com.hallkiosk.business;

import java.time.LocalDate;

/**
 * A submitted application. {@code subject} is what makes it unique for its person and kind: the skill
 * certificate number for a skill subsidy, the separation date for the unemployment benefit.
 */
public record Application(String applicationNumber, String idNumber, ApplicationKind kind, String subject,
                          LocalDate submittedOn) {
}
