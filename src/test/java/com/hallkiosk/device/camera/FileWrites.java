package com.hallkiosk.device.camera;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Every file written by the test's thread or the camera's threads while it records: a Flight Recorder recording of
 * {@code jdk.FileWrite} with no threshold, which the JDK emits for each write through {@code FileOutputStream},
 * {@code RandomAccessFile} and file channels (java.io and java.nio alike). It needs no security manager, so it
 * watches on every JDK the kiosk runs on.
 */
final class FileWrites implements AutoCloseable {
    private static final String CAMERA_THREADS = "device-camera";

    private final long test = Thread.currentThread().getId();
    private final Recording recording = new Recording();

    FileWrites() {
        recording.enable("jdk.FileWrite").withThreshold(Duration.ZERO).withoutStackTrace();
        recording.start();
    }

    /**
     * Stops the recording and gives the paths written meanwhile by the watched threads. The recording is read back
     * through a file the test thread writes after the recording stopped, so it is not among them.
     */
    List<String> written() throws IOException {
        recording.stop();
        Path directory = Files.createTempDirectory("file-writes-");
        Path dump = directory.resolve("writes.jfr");
        try {
            recording.dump(dump);
            return RecordingFile.readAllEvents(dump).stream().filter(this::watched)
                    .map(event -> event.getString("path")).toList();
        } finally {
            Files.deleteIfExists(dump);
            Files.delete(directory);
        }
    }

    private boolean watched(RecordedEvent event) {
        RecordedThread thread = event.getThread();
        return thread != null && (thread.getJavaThreadId() == test
                || thread.getJavaName() != null && thread.getJavaName().startsWith(CAMERA_THREADS));
    }

    @Override
    public void close() {
        recording.close();
    }
}
