package com.hallkiosk.central.http;

import java.net.URI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The central's HTTPS server (Jetty 12), one connector with mutual TLS: the TLS layer wants a kiosk
 * certificate and accepts only the CA's, {@link RoutingHandler} refuses every non-public path without one.
 * One port rather than a second plain connector for the public pages, so that a load balancer, the
 * firewall and the QR code's link all have one address; a browser simply presents no certificate.
 */
public final class CentralServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    private CentralServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    public static CentralServer start(ServerSettings settings, Routes routes) {
        QueuedThreadPool threads = new QueuedThreadPool(settings.maxThreads(), Math.min(8, settings.maxThreads()));
        threads.setName("central-http");
        Server server = new Server(threads);
        server.setStopTimeout(5_000);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        http.addCustomizer(new SecureRequestCustomizer());

        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStoreType("PKCS12");
        tls.setKeyStorePath(settings.serverKeyStore().toAbsolutePath().toString());
        tls.setKeyStorePassword(new String(settings.password()));
        tls.setTrustStoreType("PKCS12");
        tls.setTrustStorePath(settings.trustStore().toAbsolutePath().toString());
        tls.setTrustStorePassword(new String(settings.password()));
        tls.setWantClientAuth(true);
        tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");

        ServerConnector connector = new ServerConnector(server, tls, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        server.addConnector(connector);
        server.setHandler(new RoutingHandler(routes, settings.maxBodyBytes()));
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new ServerStartException("cannot start the central server on " + settings.host() + ":"
                    + settings.port() + ": " + e.getMessage(), e);
        }
        return new CentralServer(server, connector);
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The base URL kiosks use, e.g. {@code https://127.0.0.1:8443}. */
    public URI url() {
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0")
                ? "localhost" : connector.getHost();
        return URI.create("https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port());
    }

    /** Stops taking connections and lets requests in flight finish (at most 5 s). */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the central server did not stop cleanly", e);
        }
    }

    public void join() throws InterruptedException {
        server.join();
    }
}
