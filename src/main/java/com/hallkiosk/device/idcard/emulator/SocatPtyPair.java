package com.hallkiosk.device.idcard.emulator;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Two pseudo-terminals joined by socat, a serial cable in software: the host opens one end
 * ({@code DIR/ttyA}), the emulated module the other ({@code DIR/ttyB}). Stopping socat is pulling the
 * cable: both ends vanish and reads on them return -1; starting it again plugs it back in with the
 * same link names (platform.md, "Serial over a pty pair").
 */
public final class SocatPtyPair implements AutoCloseable {
    private static final Path USUAL_SOCAT = Path.of("/usr/bin/socat");
    private static final Duration START_WAIT = Duration.ofSeconds(5);
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private final Path socat;
    private final Path hostEnd;
    private final Path moduleEnd;
    private final Path log;
    private Process process;

    /** The pair in {@code directory}; {@link #start()} creates it. */
    public SocatPtyPair(Path socat, Path directory) {
        this.socat = socat;
        this.hostEnd = directory.resolve("ttyA");
        this.moduleEnd = directory.resolve("ttyB");
        this.log = directory.resolve("socat.log");
    }

    /** socat, at /usr/bin/socat or on the PATH. */
    public static Optional<Path> findSocat() {
        if (Files.isExecutable(USUAL_SOCAT)) {
            return Optional.of(USUAL_SOCAT);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "socat")).filter(Files::isExecutable).findFirst();
    }

    public Path hostEnd() {
        return hostEnd;
    }

    public Path moduleEnd() {
        return moduleEnd;
    }

    /** Starts socat and waits until both ends exist. */
    public synchronized void start() throws IOException {
        if (running()) {
            return;
        }
        // Links left by a socat that was killed outright would make the wait below succeed at once.
        Files.deleteIfExists(hostEnd);
        Files.deleteIfExists(moduleEnd);
        process = new ProcessBuilder(socat.toString(), "-d", "-d",
                "pty,raw,echo=0,link=" + hostEnd, "pty,raw,echo=0,link=" + moduleEnd)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START_WAIT.toNanos();
        while (!(Files.exists(hostEnd) && Files.exists(moduleEnd))) {
            if (!process.isAlive() || System.nanoTime() - deadline > 0) {
                stop();
                throw new IOException("socat did not create the pty pair in " + START_WAIT.toMillis() + " ms: "
                        + Files.readString(log, StandardCharsets.UTF_8).strip());
            }
            sleep(Duration.ofMillis(10));
        }
    }

    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    /** Stops socat; both ends vanish. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        stop();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
