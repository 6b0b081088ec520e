package com.hallkiosk.device.document;

import java.net.URI;
import java.util.Map;

/**
 * Where cupsd answers IPP. javax.print asks libcups, which takes {@code CUPS_SERVER} and {@code IPP_PORT}
 * from the environment and otherwise localhost:631 (a domain socket path counts as localhost, as the JDK
 * maps it); the kiosk reads the same two variables so that its status checks reach the same cupsd the
 * jobs go to. libcups's client.conf {@code ServerName} is not read: set {@code CUPS_SERVER} instead.
 */
public record CupsServer(String host, int port) {
    public static final int IPP_PORT = 631;
    private static final String LOCALHOST = "localhost";

    public static CupsServer fromEnvironment(Map<String, String> environment) {
        String server = environment.getOrDefault("CUPS_SERVER", "").strip();
        int port = parsePort(environment.getOrDefault("IPP_PORT", ""), IPP_PORT);
        if (server.isEmpty() || server.startsWith("/")) {
            return new CupsServer(LOCALHOST, port);
        }
        int colon = server.lastIndexOf(':');
        if (colon > 0 && server.indexOf(':') == colon) {
            return new CupsServer(server.substring(0, colon), parsePort(server.substring(colon + 1), port));
        }
        return new CupsServer(server, port);
    }

    /** The HTTP address of a CUPS resource, e.g. {@code /printers/NAME}. */
    URI http(String path) {
        return URI.create("http://" + host + ":" + port + path);
    }

    /** The IPP address CUPS expects in printer-uri and job-uri attributes. */
    String ipp(String path) {
        return "ipp://" + host + ":" + port + path;
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }

    private static int parsePort(String text, int otherwise) {
        try {
            int port = Integer.parseInt(text.strip());
            return port > 0 && port < 65536 ? port : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
