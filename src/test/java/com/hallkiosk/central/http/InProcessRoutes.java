package com.hallkiosk.central.http;

import java.util.Map;

/** A route answered without a server: for a test that checks what a page says of data another test made. */
public final class InProcessRoutes {
    private InProcessRoutes() {
    }

    /** {@code GET path?query} on {@code routes}, as a public request (no kiosk certificate). */
    public static ApiResponse get(Routes routes, String path, Map<String, String> query) throws Exception {
        Routes.Match match = routes.match("GET", path);
        if (match == null) {
            throw new AssertionError("no route for GET " + path);
        }
        return match.route().handler().handle(ApiRequest.of("GET", path, match.parameters(), query, Map.of(),
                new byte[0], null));
    }
}
