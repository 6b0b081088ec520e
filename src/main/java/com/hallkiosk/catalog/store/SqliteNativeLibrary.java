package com.hallkiosk.catalog.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.util.OSInfo;

/**
 * Lets sqlite-jdbc load its native library from a copy kept in the kiosk's data directory. Left to
 * itself, the driver extracts the library to a new temporary file at every start (~0.1 s of the
 * kiosk's start-up). The copy's name carries the packaged library's size, so a jar with another
 * version of the driver makes a new copy instead of loading a stale one.
 */
public final class SqliteNativeLibrary {
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /** Before the first database is opened; does nothing when a library path is already configured. */
    public static void useCopyIn(Path directory) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return;
        }
        String library = System.mapLibraryName("sqlitejdbc");
        URL packaged = SqliteNativeLibrary.class.getResource(
                "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + library);
        if (packaged == null) {
            return;
        }
        try {
            long size = packaged.openConnection().getContentLengthLong();
            String name = "sqlite-" + size + "-" + library;
            Path copy = directory.resolve(name);
            if (!Files.isRegularFile(copy) || Files.size(copy) != size) {
                Files.createDirectories(directory);
                Path partial = Files.createTempFile(directory, "sqlite", ".part");
                try (InputStream in = packaged.openStream()) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            System.setProperty(PATH_PROPERTY, directory.toString());
            System.setProperty(NAME_PROPERTY, name);
        } catch (IOException e) {
            // The driver's own extraction still works; it is only slower.
            System.clearProperty(PATH_PROPERTY);
        }
    }
}
