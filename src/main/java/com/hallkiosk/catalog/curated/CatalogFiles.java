package com.hallkiosk.catalog.curated;

import java.io.IOException;
import java.io.InputStream;

/** Where the curated catalog files are read from: the jar, or a directory a curator is editing. */
public interface CatalogFiles {
    InputStream open(String fileName) throws IOException;

    /** Whether the file is there: a region may have no rule file. */
    boolean exists(String fileName);

    /** How to name the file in a message, e.g. its path. */
    String describe(String fileName);

    /**
     * A fingerprint of every curated file, so a kiosk can skip importing a catalog it already holds;
     * it must change whenever any file's content does.
     */
    String fingerprint() throws IOException;
}
