package com.hallkiosk.central.testing;

import com.hallkiosk.central.store.PostgresUrl;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A private, throwaway PostgreSQL for the tests: {@code initdb} into a temporary directory, the server on
 * a free port on 127.0.0.1 (its socket in that directory too), password authentication, fsync off; stopped
 * and deleted at close. PostgreSQL refuses to run as root, so as root the binaries run as {@code nobody},
 * who owns the directory.
 */
public final class PostgresCluster implements AutoCloseable {
    private static final String UNPRIVILEGED_USER = "nobody";
    private static final String SUPERUSER = "hallkiosk";
    private static final long COMMAND_TIMEOUT_SECONDS = 60;

    private final Path bin;
    private final Path directory;
    private final boolean asRoot;
    private final int port;
    private final String password;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresCluster(Path bin, Path directory, boolean asRoot, int port, String password) {
        this.bin = bin;
        this.directory = directory;
        this.asRoot = asRoot;
        this.port = port;
        this.password = password;
    }

    /** The newest Debian PostgreSQL's binaries, or those {@code -Dhallkiosk.postgres.bin} names. */
    public static Optional<Path> binaries() {
        String configured = System.getProperty("hallkiosk.postgres.bin");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(dir -> Files.isExecutable(dir.resolve("initdb")));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(dir -> Files.isExecutable(dir.resolve("initdb")) && Files.isExecutable(dir.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(PostgresCluster::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static PostgresCluster start(Path bin) throws IOException, InterruptedException {
        boolean asRoot = new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        Path directory = Files.createTempDirectory("hallkiosk-postgres-");
        String password = "pw-" + Long.toHexString(new java.security.SecureRandom().nextLong());
        Path passwordFile = Files.writeString(directory.resolve("password"), password, StandardCharsets.UTF_8);
        Files.createDirectories(directory.resolve("socket"));
        if (asRoot) {
            UserPrincipal nobody = directory.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(UNPRIVILEGED_USER);
            for (Path path : List.of(directory, passwordFile, directory.resolve("socket"))) {
                Files.setOwner(path, nobody);
            }
        }
        int port = freePort();
        PostgresCluster cluster = new PostgresCluster(bin, directory, asRoot, port, password);
        try {
            cluster.run("initdb", "-D", directory.resolve("data").toString(), "-U", SUPERUSER,
                    "--auth=scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF8", "--locale=C", "-N");
            cluster.run("pg_ctl", "-D", directory.resolve("data").toString(), "-l",
                    directory.resolve("postgres.log").toString(), "-w", "-t", "30", "-o",
                    "-h 127.0.0.1 -p " + port + " -k " + directory.resolve("socket") + " -F -c max_connections=200",
                    "start");
        } catch (IOException | RuntimeException e) {
            cluster.deleteDirectory();
            throw e;
        }
        return cluster;
    }

    /** A new, empty database in this cluster, as the URL {@code central --db} takes. */
    public String createDatabase(String prefix) throws SQLException {
        String name = prefix.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_"
                + databases.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres?connectTimeout=5", SUPERUSER, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return "postgresql://" + SUPERUSER + ":" + password + "@127.0.0.1:" + port + "/" + name;
    }

    public PostgresUrl url(String database) {
        return new PostgresUrl("127.0.0.1", port, database, SUPERUSER, password);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run("pg_ctl", "-D", directory.resolve("data").toString(), "-m", "immediate", "-w", "-t", "30", "stop");
        } finally {
            deleteDirectory();
        }
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("hallkiosk-postgres-", ".out");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(program + " did not finish in " + COMMAND_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                Path log = directory.resolve("postgres.log");
                throw new IOException(String.join(" ", command) + " failed (" + process.exitValue() + "): "
                        + Files.readString(output) + (Files.exists(log) ? Files.readString(log) : ""));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private void deleteDirectory() throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
