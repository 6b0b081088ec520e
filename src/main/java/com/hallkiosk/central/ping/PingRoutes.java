package com.hallkiosk.central.ping;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.central.http.Access;
import com.hallkiosk.central.http.ApiResponse;
import com.hallkiosk.central.http.RouteSet;
import com.hallkiosk.central.http.Routes;

/**
 * {@code GET /v1/ping}: the kiosk's first check that it reaches the central and is recognised: it
 * answers the kiosk id of the certificate and which central process answered.
 */
public final class PingRoutes implements RouteSet {
    private final ObjectMapper json = new ObjectMapper();
    private final String serverName;

    /** {@code serverName} tells central processes apart behind a load balancer (host and port, say). */
    public PingRoutes(String serverName) {
        this.serverName = serverName;
    }

    record Pong(String kioskId, String server, String api) {
    }

    @Override
    public void addTo(Routes routes) {
        routes.get("/v1/ping", Access.KIOSK, request ->
                ApiResponse.json(200, json.writeValueAsBytes(new Pong(request.requireKioskId(), serverName, "v1"))));
    }
}
