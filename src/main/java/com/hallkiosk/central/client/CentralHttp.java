package com.hallkiosk.central.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * The kiosk's connection to the central: HTTPS with its client certificate, a connect timeout and a
 * timeout on every request. Callers get the status and the body, and decide what each status means.
 */
public final class CentralHttp {
    private final URI base;
    private final HttpClient http;
    private final Duration requestTimeout;

    /** An answer of the central. */
    public record Answer(int status, byte[] body, Map<String, java.util.List<String>> headers) {
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst();
        }
    }

    public CentralHttp(URI base, SSLContext tls, Duration connectTimeout, Duration requestTimeout) {
        this.base = base;
        this.http = HttpClient.newBuilder().sslContext(tls).connectTimeout(connectTimeout).build();
        this.requestTimeout = requestTimeout;
    }

    public URI base() {
        return base;
    }

    public Answer post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(requestTimeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Answer get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(requestTimeout).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body(), response.headers().map());
    }
}
