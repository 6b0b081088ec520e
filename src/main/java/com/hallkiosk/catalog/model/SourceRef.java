package com.hallkiosk.catalog.model;

/** Where a catalog entry comes from, so that a reviewer can check it against the seed. */
public record SourceRef(String document, String number, String section) {
}
