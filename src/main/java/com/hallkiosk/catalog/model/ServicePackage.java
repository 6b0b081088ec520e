package com.hallkiosk.catalog.model;

import java.util.List;

/** A service package (打包办) that bundles several items for one life event or audience. */
public record ServicePackage(
        String id,
        String number,
        String name,
        String scope,
        List<String> subItems,
        String audience,
        String location,
        List<PackageMaterial> materials,
        List<String> procedure,
        List<String> notes,
        List<String> discrepancies,
        SourceRef sourceRef) {
    public ServicePackage {
        subItems = List.copyOf(subItems);
        materials = List.copyOf(materials);
        procedure = List.copyOf(procedure);
        notes = List.copyOf(notes);
        discrepancies = List.copyOf(discrepancies);
    }
}
