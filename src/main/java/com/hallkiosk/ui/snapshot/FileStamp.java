package com.hallkiosk.ui.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file the home screen was made from (the jar, the configuration, the catalog database), as it was when
 * the picture was taken: a picture whose files changed since is not shown.
 */
record FileStamp(String path, long size, long modifiedMillis) {
    static FileStamp of(Path file) throws IOException {
        return new FileStamp(file.toAbsolutePath().toString(), Files.size(file),
                Files.getLastModifiedTime(file).toMillis());
    }

    /** Whether the file is still as stamped; a file gone or unreadable is not. */
    boolean current() {
        try {
            return equals(of(Path.of(path)));
        } catch (IOException e) {
            return false;
        }
    }
}
