package com.hallkiosk.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** A doctor's answer: labelled rows for a person (Chinese and English labels, aligned), or JSON. */
final class DoctorReport {
    private static final int LABEL_CELLS = 28;

    private final Map<String, Object> json = new LinkedHashMap<>();
    private final Map<String, String> rows = new LinkedHashMap<>();

    DoctorReport add(String key, String label, Object value) {
        json.put(key, value);
        rows.put(label, value == null ? "—" : value.toString());
        return this;
    }

    void print(PrintStream out, boolean asJson) throws JsonProcessingException {
        if (asJson) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
            return;
        }
        rows.forEach((label, value) -> out.println(TerminalText.pad(label, LABEL_CELLS) + value));
    }
}
