package com.hallkiosk.catalog.model;

/** An item category as numbered and named in the source (一、社会保险登记). */
public record Category(String number, String name) {
}
