package com.hallkiosk.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx as the TLS-originating proxy a load balancer in front of centrals would be: plain HTTP in from
 * the load generator, HTTPS with the kiosk's client certificate out to the central over kept-alive
 * upstream connections. A second port answers a static 304 of the same shape without the central, so
 * that the proxy's own cost can be measured apart.
 */
public final class NginxProxy implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

    private final Process process;
    private final int proxyPort;
    private final int staticPort;

    private NginxProxy(Process process, int proxyPort, int staticPort) {
        this.process = process;
        this.proxyPort = proxyPort;
        this.staticPort = staticPort;
    }

    /** Starts nginx with {@code workers} worker processes, forwarding to the central on 127.0.0.1:{@code centralPort}. */
    public static NginxProxy start(Path directory, KioskPem kiosk, int centralPort, int workers, String staticEtag)
            throws IOException, InterruptedException {
        Files.createDirectories(directory.resolve("temp"));
        int proxyPort = freePort();
        int staticPort = freePort();
        String d = directory.toAbsolutePath().toString();
        String config = """
                worker_processes %d;
                pid %s/nginx.pid;
                error_log %s/error.log warn;
                daemon off;
                events { worker_connections 4096; }
                http {
                    access_log off;
                    client_body_temp_path %s/temp/body;
                    proxy_temp_path %s/temp/proxy;
                    fastcgi_temp_path %s/temp/fastcgi;
                    uwsgi_temp_path %s/temp/uwsgi;
                    scgi_temp_path %s/temp/scgi;
                    upstream central {
                        server 127.0.0.1:%d;
                        keepalive 128;
                        keepalive_requests 1000000;
                    }
                    server {
                        listen 127.0.0.1:%d;
                        keepalive_requests 1000000;
                        location / {
                            proxy_pass https://central;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host localhost;
                            proxy_ssl_server_name on;
                            proxy_ssl_certificate %s;
                            proxy_ssl_certificate_key %s;
                            proxy_ssl_trusted_certificate %s;
                            proxy_ssl_verify on;
                            proxy_ssl_name localhost;
                            proxy_ssl_session_reuse on;
                            proxy_connect_timeout 5s;
                            proxy_read_timeout 30s;
                        }
                    }
                    server {
                        listen 127.0.0.1:%d;
                        keepalive_requests 1000000;
                        location / {
                            add_header ETag '%s';
                            return 304;
                        }
                    }
                }
                """.formatted(workers, d, d, d, d, d, d, d, centralPort, proxyPort, kiosk.certificateChain(),
                kiosk.privateKey(), kiosk.caCertificates(), staticPort, staticEtag);
        Path file = directory.resolve("nginx.conf");
        Files.writeString(file, config, StandardCharsets.US_ASCII);
        Process process = new ProcessBuilder(List.of(executable(), "-p", d, "-c", file.toAbsolutePath().toString()))
                .redirectErrorStream(true).redirectOutput(directory.resolve("nginx.out").toFile()).start();
        NginxProxy proxy = new NginxProxy(process, proxyPort, staticPort);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!proxy.accepts(proxyPort) || !proxy.accepts(staticPort)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                proxy.close();
                throw new IOException("nginx did not start: " + Files.readString(directory.resolve("nginx.out"))
                        + " " + (Files.exists(directory.resolve("error.log")) ? Files.readString(directory.resolve("error.log")) : ""));
            }
            Thread.sleep(50);
        }
        return proxy;
    }

    /** Debian puts nginx in /usr/sbin, which is not on every user's PATH. */
    private static String executable() {
        Path debian = Path.of("/usr/sbin/nginx");
        return Files.isExecutable(debian) ? debian.toString() : "nginx";
    }

    public int proxyPort() {
        return proxyPort;
    }

    public int staticPort() {
        return staticPort;
    }

    /** The CPU time nginx's master and workers have used so far. */
    public Duration cpuTime() {
        Duration total = process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
        return total.plus(process.toHandle().descendants().map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus));
    }

    private boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops nginx (SIGTERM to the master, which stops its workers), waiting for it. */
    @Override
    public void close() {
        List<ProcessHandle> workers = process.toHandle().descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
