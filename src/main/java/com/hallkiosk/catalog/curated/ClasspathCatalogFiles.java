package com.hallkiosk.catalog.curated;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/** The curated catalog shipped inside the jar, under {@code /catalog/}. */
public final class ClasspathCatalogFiles implements CatalogFiles {
    private static final String FOLDER = "/catalog/";

    @Override
    public InputStream open(String fileName) throws IOException {
        InputStream in = ClasspathCatalogFiles.class.getResourceAsStream(FOLDER + fileName);
        if (in == null) {
            throw new FileNotFoundException(describe(fileName) + " is not in the jar");
        }
        return in;
    }

    @Override
    public String describe(String fileName) {
        return "catalog/" + fileName;
    }
}
