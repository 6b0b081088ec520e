package com.hallkiosk.catalog.model;

/** A required material (需提供要件 / 办理材料). */
public record Material(
        String name,
        String group,
        String source,
        SourceKind sourceKind,
        MaterialForm form,
        Integer copies,
        String note) {
}
