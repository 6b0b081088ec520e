package com.hallkiosk.catalog.model;

/** One of the source documents a region's catalog is built from. */
public record SourceDocument(String file, String issuer, String title, String date) {
}
