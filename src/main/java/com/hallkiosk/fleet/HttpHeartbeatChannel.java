package com.hallkiosk.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.central.client.CentralHttp;
import com.hallkiosk.wire.WireJson;
import java.io.IOException;

/** Sends heartbeats to the central's {@code POST /v1/heartbeat}. */
public final class HttpHeartbeatChannel implements HeartbeatChannel {
    private final CentralHttp central;
    private final ObjectMapper json = WireJson.mapper();

    public HttpHeartbeatChannel(CentralHttp central) {
        this.central = central;
    }

    @Override
    public void send(Heartbeat heartbeat) throws IOException, InterruptedException {
        CentralHttp.Answer answer = central.post("/v1/heartbeat", "application/json", json.writeValueAsBytes(heartbeat));
        if (answer.status() != 204) {
            throw new IOException("the central answered " + answer.status() + " to the heartbeat");
        }
    }
}
