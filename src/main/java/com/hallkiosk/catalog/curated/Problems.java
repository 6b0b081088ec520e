package com.hallkiosk.catalog.curated;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the problems of one curated file, naming the entry and field each one is in. */
final class Problems {
    private static final List<String> DEBRIS = List.of("[bookmark:", "[image:", "**", "<p>", "</p>", "|");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final String file;
    private final List<CatalogProblem> found = new ArrayList<>();
    private String entry;

    Problems(String file) {
        this.file = file;
    }

    void enter(String entryName) {
        entry = entryName;
    }

    void add(String field, String message) {
        found.add(new CatalogProblem(file, entry, field, message));
    }

    List<CatalogProblem> found() {
        return List.copyOf(found);
    }

    void required(String field, String value) {
        if (value == null) {
            add(field, "is missing");
        } else {
            text(field, value);
        }
    }

    /** Text as the curation rules want it: verbatim, one line, no conversion debris. */
    void text(String field, String value) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            add(field, "is blank (use null when the source gives nothing)");
        } else if (!value.equals(value.strip())) {
            add(field, "has leading or trailing spaces");
        } else if (value.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            add(field, "contains a line break or tab");
        } else if (value.contains("  ")) {
            add(field, "contains a run of spaces");
        } else {
            DEBRIS.stream().filter(value::contains).findFirst()
                    .ifPresent(debris -> add(field, "contains conversion debris \"" + debris + "\""));
        }
    }

    void texts(String field, List<String> values) {
        if (values == null) {
            add(field, "is missing (use [] when the source gives nothing)");
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            required(field + "[" + i + "]", values.get(i));
        }
    }

    void url(String field, String value) {
        if (value != null && !URL.matcher(value).matches()) {
            add(field, "is not an http(s) address: " + value);
        }
    }

    <T> List<T> list(String field, List<T> values) {
        if (values == null) {
            add(field, "is missing (use [] when the source gives nothing)");
            return List.of();
        }
        return values;
    }
}
