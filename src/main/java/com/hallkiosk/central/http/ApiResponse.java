package com.hallkiosk.central.http;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a handler answers: a status, a content type, the body and any extra headers (ETag, Cache-Control …). */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static final String JSON = "application/json";
    public static final String HTML = "text/html; charset=utf-8";
    public static final String TEXT = "text/plain; charset=utf-8";

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse json(int status, byte[] json) {
        return new ApiResponse(status, JSON, json, Map.of());
    }

    public static ApiResponse html(int status, String html) {
        return new ApiResponse(status, HTML, html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static ApiResponse text(int status, String text) {
        return new ApiResponse(status, TEXT, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** {@code {"error": message}}: a refusal in words, for the caller to show or log; never a stack trace. */
    public static ApiResponse error(int status, String message) {
        String quoted = new String(JsonStringEncoder.getInstance().quoteAsString(message));
        return json(status, ("{\"error\":\"" + quoted + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** A body-less answer such as 204 or 304. */
    public static ApiResponse empty(int status) {
        return new ApiResponse(status, TEXT, new byte[0], Map.of());
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, contentType, body, more);
    }
}
