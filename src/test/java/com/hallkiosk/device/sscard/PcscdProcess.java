package com.hallkiosk.device.sscard;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * pcscd for the tests that go through the real PC/SC stack: started in the foreground when none is
 * running, and then stopped when the test JVM exits (and only then: a pcscd someone else started is
 * left alone). Whether pcscd runs is asked of its socket, not of the process table.
 *
 * <p>There is one for the whole test JVM ({@link #shared()}), because the JDK's SunPCSC keeps one
 * PC/SC context per JVM: every pcscd that is stopped leaves it with a dead context, and the test that
 * shows this (a deliberate restart) needs SunPCSC to have worked until then.
 */
public final class PcscdProcess implements AutoCloseable {
    static final Path SOCKET = Path.of("/run/pcscd/pcscd.comm");
    public static final Path VPCD_CONFIG = Path.of("/etc/reader.conf.d/vpcd");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final Path LOG = Path.of("target", "pcscd-test.log");

    private static PcscdProcess shared;

    private Process process;
    private final boolean ours;

    private PcscdProcess(Process process) {
        this.process = process;
        this.ours = process != null;
    }

    public static Optional<Path> binary() {
        return Stream.of("/usr/sbin/pcscd", "/usr/bin/pcscd", "/sbin/pcscd").map(Path::of).filter(Files::isExecutable)
                .findFirst();
    }

    /** The test JVM's pcscd: the one running, or one of ours started on first use. */
    public static synchronized PcscdProcess shared() throws IOException, InterruptedException {
        if (shared == null) {
            shared = startIfNotRunning();
        }
        return shared;
    }

    /**
     * The test JVM's pcscd, for tests that read the virtual card through vpcd: they skip where pcscd or
     * vpcd is not installed, or fail when the build requires the devices' services.
     */
    public static PcscdProcess sharedWithVpcd() throws IOException, InterruptedException {
        RequiredServices.require(binary().isPresent(), "pcscd is not installed (Debian package pcscd)");
        RequiredServices.require(Files.exists(VPCD_CONFIG),
                "vpcd is not installed (Debian package vsmartcard-vpcd, " + VPCD_CONFIG + ")");
        return shared();
    }

    /** Whether a pcscd answers on its socket. */
    public static boolean isRunning() {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(SOCKET));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The running pcscd, or a new one of ours. */
    public static PcscdProcess startIfNotRunning() throws IOException, InterruptedException {
        if (isRunning()) {
            return new PcscdProcess(null);
        }
        PcscdProcess started = new PcscdProcess(launch());
        Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        return started;
    }

    /** Whether this test started it (and may stop it). */
    public boolean ours() {
        return ours;
    }

    /** Stops our pcscd and waits until its socket is gone. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(START_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    /** Starts our pcscd again after {@link #stop()}. */
    public void start() throws IOException, InterruptedException {
        if (ours && process == null) {
            process = launch();
        }
    }

    private static Process launch() throws IOException, InterruptedException {
        Path pcscd = binary().orElseThrow(() -> new IOException("pcscd is not installed"));
        Files.createDirectories(LOG.getParent());
        Process process = new ProcessBuilder(pcscd.toString(), "--foreground").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile())).start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!isRunning()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IOException("pcscd did not start within " + START_TIMEOUT + "; see " + LOG.toAbsolutePath());
            }
            Thread.sleep(50);
        }
        return process;
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
