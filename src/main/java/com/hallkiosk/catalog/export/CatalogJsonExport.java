package com.hallkiosk.catalog.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.hallkiosk.catalog.model.Abbreviation;
import com.hallkiosk.catalog.model.Region;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes regions as the JSON documented in docs/catalog-format.md. */
public final class CatalogJsonExport {
    public static final int FORMAT_VERSION = 1;

    private final ObjectWriter writer = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writerWithDefaultPrettyPrinter();

    /** The export's top level: a format version, so that consumers can tell shapes apart. */
    record Export(int formatVersion, List<Region> regions, List<Abbreviation> abbreviations) {
    }

    public void write(List<Region> regions, List<Abbreviation> abbreviations, OutputStream out) throws IOException {
        writer.writeValue(out, new Export(FORMAT_VERSION, regions, abbreviations));
    }
}
