package com.hallkiosk.certificate.content;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a template may show of one certificate, as text: single fields, tables (a list of rows, each a
 * map of column fields) and conditions (names of facts that hold, for blocks shown only when they do).
 * Values are built against a {@link ValueSchema}, so a template checked against the schema finds every
 * name it uses.
 */
public record TemplateValues(Map<String, String> fields, Map<String, List<Map<String, String>>> tables,
                             Set<String> conditions) {
    public TemplateValues {
        fields = Map.copyOf(fields);
        tables = Map.copyOf(tables);
        conditions = Set.copyOf(conditions);
    }

    /** The names only: the values are a person's name and numbers, which never go to a log. */
    @Override
    public String toString() {
        return "TemplateValues[fields " + new java.util.TreeSet<>(fields.keySet()) + ", tables "
                + new java.util.TreeSet<>(tables.keySet()) + ", conditions " + conditions + "]";
    }

    /** These values and {@code more}'s fields together; a name in both is a programming error. */
    public TemplateValues withFields(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        more.forEach((name, value) -> {
            if (all.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("the field " + name + " is given twice");
            }
        });
        return new TemplateValues(all, tables, conditions);
    }

    public static Builder builder(ValueSchema schema) {
        return new Builder(schema);
    }

    /** Collects values, refusing a name the schema does not declare, and checks at the end that none is missing. */
    public static final class Builder {
        private final ValueSchema schema;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        private final Set<String> conditions = new LinkedHashSet<>();

        private Builder(ValueSchema schema) {
            this.schema = schema;
        }

        public Builder field(String name, String value) {
            if (!schema.fields().contains(name)) {
                throw new IllegalArgumentException("the schema has no field " + name);
            }
            fields.put(name, value);
            return this;
        }

        public Builder table(String name, List<Map<String, String>> rows) {
            Set<String> columns = schema.tables().get(name);
            if (columns == null) {
                throw new IllegalArgumentException("the schema has no table " + name);
            }
            for (Map<String, String> row : rows) {
                if (!row.keySet().equals(columns)) {
                    throw new IllegalArgumentException("a row of " + name + " has " + row.keySet() + ", not " + columns);
                }
            }
            tables.put(name, List.copyOf(rows));
            return this;
        }

        public Builder condition(String name, boolean holds) {
            if (!schema.conditions().contains(name)) {
                throw new IllegalArgumentException("the schema has no condition " + name);
            }
            if (holds) {
                conditions.add(name);
            }
            return this;
        }

        public TemplateValues build() {
            if (!fields.keySet().equals(schema.fields()) || !tables.keySet().equals(schema.tables().keySet())) {
                throw new IllegalStateException("values for " + fields.keySet() + " and tables " + tables.keySet()
                        + ", but the schema has " + schema.fields() + " and tables " + schema.tables().keySet());
            }
            return new TemplateValues(fields, tables, conditions);
        }
    }
}
