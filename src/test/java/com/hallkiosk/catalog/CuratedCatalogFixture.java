package com.hallkiosk.catalog;

import com.hallkiosk.catalog.curated.ClasspathCatalogFiles;
import com.hallkiosk.catalog.curated.CuratedCatalogReader;
import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Region;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The curated catalog shipped in the jar, and the seed documents it was curated from. */
public final class CuratedCatalogFixture {
    public static final Path CURATED_DIRECTORY = Path.of("src/main/resources/catalog");

    private CuratedCatalogFixture() {
    }

    public static Catalog catalog() {
        try {
            return new CuratedCatalogReader().read(new ClasspathCatalogFiles());
        } catch (InvalidCatalogException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Region region(Catalog catalog, String id) {
        return catalog.region(id).orElseThrow(() -> new AssertionError("no region " + id));
    }

    public static Item item(Catalog catalog, String regionId, String number) {
        return region(catalog, regionId).item(regionId + "-" + number)
                .orElseThrow(() -> new AssertionError("no item " + number + " in " + regionId));
    }

    /** The text of a seed document, e.g. {@code 000_e7e5fee8491cbd43.txt}, kept under src/test/resources/seeds. */
    public static String seed(String document) {
        try (InputStream in = CuratedCatalogFixture.class.getResourceAsStream("/seeds/" + document)) {
            if (in == null) {
                throw new AssertionError("no seed " + document);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
