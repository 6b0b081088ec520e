package com.hallkiosk.certificate.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateValuesTest {
    private static final ValueSchema SCHEMA = new ValueSchema(Set.of("name"), Map.of("rows", Set.of("a", "b")), Set.of("late"));

    @Test
    void valuesAreBuiltAgainstTheirSchema() {
        TemplateValues values = TemplateValues.builder(SCHEMA).field("name", "张三")
                .table("rows", List.of(Map.of("a", "1", "b", "2"))).condition("late", true).build();
        assertThat(values.fields()).containsEntry("name", "张三");
        assertThat(values.tables().get("rows")).containsExactly(Map.of("a", "1", "b", "2"));
        assertThat(values.conditions()).containsExactly("late");
    }

    @Test
    void aNameOutsideTheSchemaOrAMissingOneIsAProgrammingError() {
        assertThatThrownBy(() -> TemplateValues.builder(SCHEMA).field("age", "3")).hasMessageContaining("no field age");
        assertThatThrownBy(() -> TemplateValues.builder(SCHEMA).table("rows", List.of(Map.of("a", "1"))))
                .hasMessageContaining("a row of rows has [a]");
        assertThatThrownBy(() -> TemplateValues.builder(SCHEMA).field("name", "x").build()).hasMessageContaining("schema has");
        assertThatThrownBy(() -> TemplateValues.builder(SCHEMA).field("name", "x").table("rows", List.of()).build()
                .withFields(Map.of("name", "y"))).hasMessageContaining("the field name is given twice");
    }
}
