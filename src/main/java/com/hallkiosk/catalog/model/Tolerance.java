package com.hallkiosk.catalog.model;

/** A material that may be supplied later (容缺), how, and within how many working days. */
public record Tolerance(
        String number,
        String item,
        String material,
        String how,
        String source,
        String deadline,
        int deadlineWorkingDays,
        String note) {
}
