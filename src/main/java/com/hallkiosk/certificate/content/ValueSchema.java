package com.hallkiosk.certificate.content;

import java.util.Map;
import java.util.Set;

/**
 * The names a certificate's data offers a template: fields, tables with their column fields, and
 * conditions. A template is checked against it when it is loaded.
 */
public record ValueSchema(Set<String> fields, Map<String, Set<String>> tables, Set<String> conditions) {
    public ValueSchema {
        fields = Set.copyOf(fields);
        tables = Map.copyOf(tables);
        conditions = Set.copyOf(conditions);
    }

    /** This schema with the fields every certificate has besides its own (the issuance). */
    public ValueSchema withFields(Set<String> more) {
        java.util.Set<String> all = new java.util.HashSet<>(fields);
        all.addAll(more);
        return new ValueSchema(all, tables, conditions);
    }
}
