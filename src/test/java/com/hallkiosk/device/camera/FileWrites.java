package com.hallkiosk.device.camera;

import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every file opened for writing by the test's thread or the camera's threads while it is installed: a security
 * manager that allows everything and only notes {@code checkWrite}, which the JDK asks before any file is opened
 * for writing or created (java.io and java.nio alike). Java 17 still lets a test install one; a JDK that no
 * longer does (18+ without {@code -Djava.security.manager=allow}, 24+ at all) leaves it {@link #watching() not
 * watching}, and the tests then rely on their other checks.
 */
@SuppressWarnings("removal")
final class FileWrites extends SecurityManager implements AutoCloseable {
    private final Thread test = Thread.currentThread();
    private final List<String> written = new CopyOnWriteArrayList<>();
    private final SecurityManager before = System.getSecurityManager();
    private final boolean watching;

    FileWrites() {
        boolean installed;
        try {
            System.setSecurityManager(this);
            installed = true;
        } catch (UnsupportedOperationException notOnThisJdk) {
            installed = false;
        }
        watching = installed;
    }

    /** Whether this JDK let the watch be installed. */
    boolean watching() {
        return watching;
    }

    List<String> written() {
        return List.copyOf(written);
    }

    @Override
    public void checkWrite(String file) {
        Thread current = Thread.currentThread();
        if (current == test || current.getName().startsWith("device-camera")) {
            written.add(file);
        }
    }

    @Override
    public void checkPermission(Permission permission) {
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
    }

    @Override
    public void close() {
        if (watching) {
            System.setSecurityManager(before);
        }
    }
}
