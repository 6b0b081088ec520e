package com.hallkiosk.catalog.model;

/**
 * A short form the documents themselves use for a longer one (社保卡 for 社会保障卡), with the lines
 * that show it, so that the guide's search finds an item under either name.
 */
public record Abbreviation(String abbreviation, String fullForm, String evidence) {
}
