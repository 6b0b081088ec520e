package com.hallkiosk.sync.kiosk;

import com.hallkiosk.central.client.CentralHttp;
import com.hallkiosk.sync.central.CatalogRoutes;
import com.hallkiosk.sync.signing.SignatureRejectedException;
import com.hallkiosk.sync.signing.SignedPayload;
import java.io.IOException;
import java.util.Map;

/** The central's {@code GET /v1/catalog/{region}/changes} as the kiosk's catalog source. */
public final class HttpCatalogSource implements CatalogSource {
    private final CentralHttp central;

    public HttpCatalogSource(CentralHttp central) {
        this.central = central;
    }

    @Override
    public Fetched fetchChangesSince(String regionId, long version) {
        try {
            CentralHttp.Answer answer = central.get("/v1/catalog/" + regionId + "/changes?since=" + version, Map.of());
            if (answer.status() == 304) {
                return new Fetched.NotModified();
            }
            if (answer.status() != 200) {
                return new Fetched.Failed("the central answered " + answer.status() + " for the catalog of " + regionId);
            }
            String signature = answer.header(CatalogRoutes.SIGNATURE_HEADER).orElse("");
            return new Fetched.Payload(SignedPayload.received(answer.body(), signature));
        } catch (SignatureRejectedException e) {
            return new Fetched.Failed("the catalog from the central has no usable signature: " + e.getMessage());
        } catch (IOException e) {
            return new Fetched.Failed("the central " + central.base() + " cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetched.Failed("interrupted while asking the central for the catalog");
        }
    }
}
