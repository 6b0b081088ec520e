package com.hallkiosk.certificate.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A value of a template file, read with Jackson's streaming parser, which knows where in the file it
 * stood: every accessor that finds the wrong thing fails with the file, the path and the line. Jackson's
 * data binding would do the mapping for us but costs ~0.2 s on a fresh JVM, half the time the first
 * certificate may take; the streaming parser costs a tenth of that.
 */
final class JsonNode {
    private static final JsonFactory JSON = new JsonFactory();

    private final Object value;
    private final String file;
    private final String path;
    private final int line;

    private JsonNode(Object value, String file, String path, int line) {
        this.value = value;
        this.file = file;
        this.path = path;
        this.line = line;
    }

    /** The file's top value; {@code file} names it in error messages. */
    static JsonNode read(InputStream in, String file) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            if (parser.nextToken() == null) {
                throw new InvalidTemplateException(file + " is empty");
            }
            JsonNode node = read(parser, file, "");
            if (parser.nextToken() != null) {
                throw new InvalidTemplateException(file + " (line " + parser.currentTokenLocation().getLineNr()
                        + "): more after the end of the top value");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InvalidTemplateException(file + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")") + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode read(JsonParser parser, String file, String path) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    if (fields.put(name, read(parser, file, path.isEmpty() ? name : path + "." + name)) != null) {
                        throw new InvalidTemplateException(file + " (line " + line + "): " + name + " is given twice");
                    }
                }
                return new JsonNode(Collections.unmodifiableMap(fields), file, path, line);
            }
            case START_ARRAY -> {
                List<JsonNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, file, path + "[" + items.size() + "]"));
                }
                return new JsonNode(Collections.unmodifiableList(items), file, path, line);
            }
            case VALUE_STRING -> {
                return new JsonNode(parser.getText(), file, path, line);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new JsonNode(parser.getDoubleValue(), file, path, line);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new JsonNode(token == JsonToken.VALUE_TRUE, file, path, line);
            }
            default -> {
                return new JsonNode(null, file, path, line);
            }
        }
    }

    /** The message's place: {@code certificates/unit.json (line 12) blocks[2].columns}. */
    String where() {
        return file + " (line " + line + ")" + (path.isEmpty() ? "" : " " + path);
    }

    InvalidTemplateException error(String what) {
        return new InvalidTemplateException(where() + ": " + what);
    }

    /** The fields of an object, which must be among {@code allowed}: a misspelt name is an error, not ignored. */
    JsonNode object(Set<String> allowed) {
        Map<String, JsonNode> fields = fields();
        for (String name : fields.keySet()) {
            if (!allowed.contains(name)) {
                throw error("unknown field \"" + name + "\" (the fields here are " + new TreeSet<>(allowed) + ")");
            }
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    Map<String, JsonNode> fields() {
        if (!(value instanceof Map)) {
            throw error("expected an object");
        }
        return (Map<String, JsonNode>) value;
    }

    /** The field {@code name}, which must be there. */
    JsonNode get(String name) {
        JsonNode field = fields().get(name);
        if (field == null || field.value == null) {
            throw error(name + " is missing");
        }
        return field;
    }

    boolean has(String name) {
        JsonNode field = fields().get(name);
        return field != null && field.value != null;
    }

    String text() {
        if (!(value instanceof String text)) {
            throw error("expected a string");
        }
        return text;
    }

    /** A string, or {@code otherwise} when the field is absent. */
    String text(String name, String otherwise) {
        return has(name) ? get(name).text() : otherwise;
    }

    double number() {
        if (!(value instanceof Double number)) {
            throw error("expected a number");
        }
        return number;
    }

    int integer() {
        double number = number();
        if (number != Math.rint(number) || Math.abs(number) > Integer.MAX_VALUE) {
            throw error("expected a whole number");
        }
        return (int) number;
    }

    /** A boolean, or false when the field is absent. */
    boolean flag(String name) {
        if (!has(name)) {
            return false;
        }
        JsonNode field = get(name);
        if (!(field.value instanceof Boolean flag)) {
            throw field.error("expected true or false");
        }
        return flag;
    }

    @SuppressWarnings("unchecked")
    List<JsonNode> items() {
        if (!(value instanceof List)) {
            throw error("expected an array");
        }
        return (List<JsonNode>) value;
    }
}
