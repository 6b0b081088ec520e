package com.hallkiosk.catalog.curated;

/** One thing wrong in a curated file: which file, which entry, which field, and what. */
public record CatalogProblem(String file, String entry, String field, String message) {
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (entry != null) {
            text.append(": ").append(entry);
        }
        if (field != null) {
            text.append(": ").append(field);
        }
        return text.append(": ").append(message).toString();
    }
}
