package com.hallkiosk.catalog.model;

/** Something a source document says that concerns no single item and is inconsistent or unclear. */
public record Discrepancy(String document, String text) {
}
