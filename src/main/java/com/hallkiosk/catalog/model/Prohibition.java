package com.hallkiosk.catalog.model;

/** A prohibited situation (违规禁办情形) of the group (禁办事项) that names the item. */
public record Prohibition(String group, String number, String situation, String note) {
}
