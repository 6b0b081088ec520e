package com.hallkiosk.catalog.model;

import java.util.List;

/** A service item (事项) of one region, with everything its guide says. */
public record Item(
        String id,
        String number,
        Category category,
        String name,
        String guideName,
        String conditions,
        List<Material> materials,
        List<Channel> channels,
        String timeLimit,
        String enquiry,
        String tips,
        String consultation,
        List<String> phones,
        List<String> notes,
        SelfService selfService,
        List<Prohibition> prohibitions,
        List<Tolerance> tolerances,
        List<String> discrepancies,
        SourceRef sourceRef) {
    public Item {
        materials = List.copyOf(materials);
        channels = List.copyOf(channels);
        phones = List.copyOf(phones);
        notes = List.copyOf(notes);
        prohibitions = List.copyOf(prohibitions);
        tolerances = List.copyOf(tolerances);
        discrepancies = List.copyOf(discrepancies);
    }
}
