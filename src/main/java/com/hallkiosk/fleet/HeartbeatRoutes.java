package com.hallkiosk.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.central.http.Access;
import com.hallkiosk.central.http.ApiRequest;
import com.hallkiosk.central.http.ApiResponse;
import com.hallkiosk.central.http.RouteSet;
import com.hallkiosk.central.http.Routes;
import com.hallkiosk.wire.WireJson;

/** {@code POST /v1/heartbeat}: the calling kiosk's heartbeat, recorded (204), or refused with 400 and why. */
public final class HeartbeatRoutes implements RouteSet {
    private final FleetStore fleet;
    private final ObjectMapper json = WireJson.mapper();

    public HeartbeatRoutes(FleetStore fleet) {
        this.fleet = fleet;
    }

    @Override
    public void addTo(Routes routes) {
        routes.post("/v1/heartbeat", Access.KIOSK, this::receive);
    }

    private ApiResponse receive(ApiRequest request) throws Exception {
        String kioskId = request.requireKioskId();
        Heartbeat heartbeat;
        try {
            heartbeat = json.readValue(request.body(), Heartbeat.class);
        } catch (JsonProcessingException e) {
            return ApiResponse.error(400, "not a heartbeat");
        }
        if (!heartbeat.kioskId().equals(kioskId)) {
            return ApiResponse.error(400, "a kiosk sends its own heartbeat");
        }
        fleet.record(kioskId, heartbeat);
        return ApiResponse.empty(204);
    }
}
