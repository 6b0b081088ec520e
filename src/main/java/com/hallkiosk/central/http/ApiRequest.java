package com.hallkiosk.central.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One request as a handler sees it: method, path and its {@code {name}} parameters, query, headers,
 * the body (read on first use, at most the server's limit), and the kiosk that sent it.
 */
public final class ApiRequest {
    private final String method;
    private final String path;
    private final Map<String, String> pathParameters;
    private final Function<String, String> queryParameters;
    private final Function<String, String> headers;
    private final BodySource bodySource;
    private final String kioskId;
    private byte[] body;

    /** Reads the body, failing with {@link BodyTooLargeException} past the limit. */
    @FunctionalInterface
    interface BodySource {
        InputStream open() throws IOException;
    }

    ApiRequest(String method, String path, Map<String, String> pathParameters,
            Function<String, String> queryParameters, Function<String, String> headers, BodySource bodySource,
            String kioskId) {
        this.method = method;
        this.path = path;
        this.pathParameters = Map.copyOf(pathParameters);
        this.queryParameters = queryParameters;
        this.headers = headers;
        this.bodySource = bodySource;
        this.kioskId = kioskId;
    }

    /** A request built without a server, for handler tests. */
    public static ApiRequest of(String method, String path, Map<String, String> pathParameters,
            Map<String, String> query, Map<String, String> headers, byte[] body, String kioskId) {
        return new ApiRequest(method, path, pathParameters, query::get,
                name -> headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                        .map(Map.Entry::getValue).findFirst().orElse(null),
                () -> new java.io.ByteArrayInputStream(body), kioskId);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The value of {@code {name}} in the route's pattern. */
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no parameter {" + name + "}");
        }
        return value;
    }

    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(queryParameters.apply(name));
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.apply(name));
    }

    public byte[] body() throws IOException {
        if (body == null) {
            try (InputStream in = bodySource.open()) {
                body = in.readAllBytes();
            }
        }
        return body;
    }

    /** The authenticated kiosk (the CN of its client certificate); empty only on a public route. */
    public Optional<String> kioskId() {
        return Optional.ofNullable(kioskId);
    }

    /** The authenticated kiosk, for handlers of {@link Access#KIOSK} routes, where there always is one. */
    public String requireKioskId() {
        if (kioskId == null) {
            throw new IllegalStateException("no kiosk identity on " + method + " " + path);
        }
        return kioskId;
    }
}
