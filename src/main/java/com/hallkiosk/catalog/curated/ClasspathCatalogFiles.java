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
    public boolean exists(String fileName) {
        return ClasspathCatalogFiles.class.getResource(FOLDER + fileName) != null;
    }

    @Override
    public String describe(String fileName) {
        return "catalog/" + fileName;
    }

    /**
     * In a jar, the names, sizes and CRCs the jar records for the catalog's entries: no file is read or
     * parsed, which keeps this off the kiosk's start-up time. From a classes folder, the files' bytes.
     */
    @Override
    public String fingerprint() throws IOException {
        java.net.URL folder = ClasspathCatalogFiles.class.getResource(FOLDER + CuratedCatalogReader.REGIONS_FILE);
        if (folder == null) {
            throw new FileNotFoundException(describe(CuratedCatalogReader.REGIONS_FILE) + " is not in the jar");
        }
        if (folder.openConnection() instanceof java.net.JarURLConnection jar) {
            Fingerprint fingerprint = new Fingerprint();
            java.util.List<java.util.jar.JarEntry> entries = java.util.Collections.list(jar.getJarFile().entries()).stream()
                    .filter(entry -> entry.getName().startsWith("catalog/") && !entry.isDirectory())
                    .sorted(java.util.Comparator.comparing(java.util.jar.JarEntry::getName))
                    .toList();
            for (java.util.jar.JarEntry entry : entries) {
                fingerprint.add(entry.getName(), (entry.getSize() + ":" + entry.getCrc())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return fingerprint.value();
        }
        try {
            return new DirectoryCatalogFiles(java.nio.file.Path.of(folder.toURI()).getParent()).fingerprint();
        } catch (java.net.URISyntaxException e) {
            throw new IOException("cannot locate the catalog folder " + folder, e);
        }
    }
}
