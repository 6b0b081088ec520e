package com.hallkiosk.device.document;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.sscard.RequiredServices;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The CUPS queues the A4 printing tests print to. scripts/test starts cupsd with two cups-pdf queues:
 * {@link #QUEUE}, which writes each job as a PDF under {@link #OUTPUT}, and {@link #BROKEN_QUEUE}, whose
 * cups-pdf cannot write, so that every job on it fails. A test that needs a queue in a state of its own
 * (stopped, or never finishing) makes a temporary one, which needs CUPS administration rights (root, or
 * the lpadmin group).
 */
public final class CupsTestQueues {
    public static final String QUEUE = "hallkiosk-pdf";
    static final String BROKEN_QUEUE = "hallkiosk-pdf-broken";
    public static final Path OUTPUT = Path.of("/var/spool/cups-pdf-hallkiosk", System.getProperty("user.name"));
    private static final String CUPS_PDF_DRIVER = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(20);

    private CupsTestQueues() {
    }

    static CupsClient client() {
        return new CupsClient(CupsServer.fromEnvironment(System.getenv()), Duration.ofSeconds(5), System.getProperty("user.name"));
    }

    /** Skips the test (or fails it, when the build requires the services) unless scripts/test's queues are there. */
    public static void requireQueues() {
        String problem = null;
        try {
            client().queue(QUEUE);
            client().queue(BROKEN_QUEUE);
        } catch (DeviceException e) {
            problem = e.getMessage();
        }
        RequiredServices.require(problem == null, "CUPS with the cups-pdf queues " + QUEUE + " and " + BROKEN_QUEUE
                + " (scripts/test sets them up): " + problem);
    }

    /** A queue of our own on cups-pdf's "hallkiosk" instance, removed on close. */
    static TemporaryQueue temporaryCupsPdfQueue() throws IOException, InterruptedException {
        return temporaryQueue("cups-pdf:/hallkiosk");
    }

    /**
     * A queue whose jobs never finish: its printer is a network socket nobody listens on, so CUPS keeps
     * trying to reach it (the socket backend retries on a refused connection).
     */
    static TemporaryQueue neverFinishingQueue() throws IOException, InterruptedException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        return temporaryQueue("socket://127.0.0.1:" + closedPort);
    }

    private static TemporaryQueue temporaryQueue(String deviceUri) throws IOException, InterruptedException {
        requireQueues();
        String name = "hallkiosk-test-" + UUID.randomUUID().toString().substring(0, 8);
        Result created = run("lpadmin", "-p", name, "-v", deviceUri, "-P", CUPS_PDF_DRIVER, "-E");
        RequiredServices.require(created.ok(), "creating a CUPS queue needs CUPS administration rights (root or the"
                + " lpadmin group): " + created.output());
        return new TemporaryQueue(name);
    }

    /** The PDF cups-pdf made of job {@code jobId} (its file names end in -job_ID.pdf), once it is there. */
    public static Optional<Path> output(int jobId) throws IOException {
        if (!Files.isDirectory(OUTPUT)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(OUTPUT)) {
            return files.filter(file -> file.getFileName().toString().endsWith("-job_" + jobId + ".pdf")).findFirst();
        }
    }

    /** The jobs CUPS still has on the queue, finished ones included, as lpstat lists them. */
    static List<String> jobsOn(String queue) throws IOException, InterruptedException {
        Result listed = run("lpstat", "-W", "all", "-o", queue);
        return listed.output().lines().filter(line -> line.startsWith(queue + "-")).toList();
    }

    static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        if (!process.waitFor(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            return new Result(false, String.join(" ", command) + " took longer than " + COMMAND_TIMEOUT);
        }
        return new Result(process.exitValue() == 0,
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    record Result(boolean ok, String output) {
    }

    /** A test's own queue: stop and start it, and remove it (and its jobs) at the end. */
    record TemporaryQueue(String name) implements AutoCloseable {
        void stop() throws IOException, InterruptedException {
            check(run("cupsdisable", name));
        }

        void start() throws IOException, InterruptedException {
            check(run("cupsenable", name));
        }

        @Override
        public void close() throws IOException, InterruptedException {
            check(run("lpadmin", "-x", name));
        }

        private static void check(Result result) {
            if (!result.ok()) {
                throw new IllegalStateException(result.output());
            }
        }
    }
}
