package com.hallkiosk.catalog.curated;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Curated catalog files in a directory, e.g. {@code src/main/resources/catalog} while curating. */
public final class DirectoryCatalogFiles implements CatalogFiles {
    private final Path directory;

    public DirectoryCatalogFiles(Path directory) {
        this.directory = directory;
    }

    @Override
    public InputStream open(String fileName) throws IOException {
        return Files.newInputStream(resolve(fileName));
    }

    @Override
    public boolean exists(String fileName) {
        return Files.isRegularFile(resolve(fileName));
    }

    @Override
    public String describe(String fileName) {
        return resolve(fileName).toString();
    }

    /** Every file under the directory, the rule files in {@code rules/} too, named by their relative path. */
    @Override
    public String fingerprint() throws IOException {
        Fingerprint fingerprint = new Fingerprint();
        try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                fingerprint.add(directory.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return fingerprint.value();
    }

    private Path resolve(String fileName) {
        Path file = directory.resolve(fileName).normalize();
        if (!file.startsWith(directory.normalize())) {
            throw new IllegalArgumentException("catalog file outside its directory: " + fileName);
        }
        return file;
    }
}
