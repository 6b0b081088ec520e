package com.hallkiosk.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/** One HTTP/1.1 GET over a raw socket, and the response exactly as its bytes came: status line, headers, body. */
public final class RawHttp {
    private static final int TIMEOUT_MILLIS = 10_000;
    private static final int MAX_RESPONSE = 1 << 20;

    private RawHttp() {
    }

    /** A GET over plain TCP. */
    public static String get(int port, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            return exchange(socket, path);
        }
    }

    /** A GET over TLS with the given context (the kiosk's client certificate). */
    public static String get(SSLContext tls, int port, String path) throws IOException {
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(plain, "localhost", port, true)) {
                socket.startHandshake();
                return exchange(socket, path);
            }
        }
    }

    private static String exchange(Socket socket, String path) throws IOException {
        socket.setSoTimeout(TIMEOUT_MILLIS);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        int headerEnd = -1;
        while (headerEnd < 0) {
            int b = in.read();
            if (b < 0 || response.size() > MAX_RESPONSE) {
                throw new IOException("the response ended before its headers did: " + response);
            }
            response.write(b);
            byte[] sofar = response.toByteArray();
            int n = sofar.length;
            if (n >= 4 && sofar[n - 4] == '\r' && sofar[n - 3] == '\n' && sofar[n - 2] == '\r' && sofar[n - 1] == '\n') {
                headerEnd = n;
            }
        }
        String head = response.toString(StandardCharsets.ISO_8859_1);
        long length = head.lines().map(line -> line.toLowerCase(Locale.ROOT))
                .filter(line -> line.startsWith("content-length:"))
                .mapToLong(line -> Long.parseLong(line.substring("content-length:".length()).strip())).findFirst()
                .orElse(0);
        for (long i = 0; i < length; i++) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            response.write(b);
        }
        return response.toString(StandardCharsets.ISO_8859_1);
    }
}
