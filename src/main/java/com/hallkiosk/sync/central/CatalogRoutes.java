package com.hallkiosk.sync.central;

import com.hallkiosk.central.http.Access;
import com.hallkiosk.central.http.ApiRequest;
import com.hallkiosk.central.http.ApiResponse;
import com.hallkiosk.central.http.RouteSet;
import com.hallkiosk.central.http.Routes;
import com.hallkiosk.sync.MalformedPayloadException;
import com.hallkiosk.sync.PayloadCodec;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * {@code GET /v1/catalog/{region}/changes?since=N}: 304 with the ETag when the kiosk is current (or sends
 * the current ETag in If-None-Match), else 200 with the signed payload — the changes since N, or a
 * snapshot — its ETag, and its Ed25519 signature in {@value #SIGNATURE_HEADER}. And, for signed-in
 * operators, {@code POST /v1/catalog/publish}: a change in the payload's row format (as {@code catalog
 * publish} takes it), committed under a new version.
 */
public final class CatalogRoutes implements RouteSet {
    public static final String SIGNATURE_HEADER = "Catalog-Signature";
    private static final Pattern REGION = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    private final CentralCatalog catalog;
    private final CatalogFeed feed;
    private final PayloadCodec codec = new PayloadCodec();

    public CatalogRoutes(CentralCatalog catalog, CatalogFeed feed) {
        this.catalog = catalog;
        this.feed = feed;
    }

    @Override
    public void addTo(Routes routes) {
        routes.get("/v1/catalog/{region}/changes", Access.KIOSK, this::changes);
        routes.post("/v1/catalog/publish", Access.OPERATOR, this::publish);
    }

    private ApiResponse publish(ApiRequest request) throws java.io.IOException {
        CatalogChange change;
        try {
            change = codec.decodeChange(request.body());
        } catch (MalformedPayloadException e) {
            return ApiResponse.error(400, e.getMessage());
        }
        try {
            long version = catalog.publish(change);
            return ApiResponse.json(200, ("{\"version\":" + version + ",\"upserts\":" + change.upserts().size()
                    + ",\"deletes\":" + change.deletes().size() + "}").getBytes(StandardCharsets.UTF_8));
        } catch (CatalogPublishException e) {
            return ApiResponse.error(409, e.getMessage());
        }
    }

    private ApiResponse changes(ApiRequest request) {
        String region = request.pathParameter("region");
        if (!REGION.matcher(region).matches()) {
            return ApiResponse.error(400, "not a region id: " + region.substring(0, Math.min(region.length(), 64)));
        }
        long since;
        try {
            since = Long.parseLong(request.queryParameter("since").orElse("0"));
        } catch (NumberFormatException e) {
            return ApiResponse.error(400, "since is a catalog version (a whole number)");
        }
        if (since < 0) {
            return ApiResponse.error(400, "since is a catalog version (0 or more)");
        }
        CentralCatalog.RegionState state = catalog.regionState(region);
        if (!state.exists()) {
            return ApiResponse.error(404, "the central has no catalog for region " + region);
        }
        if (since == state.version()) {
            // What changesSince answers a current kiosk, without its further queries.
            return ApiResponse.empty(304).withHeader("ETag", ChangesAnswer.etag(region, state.version()));
        }
        CatalogFeed.Answer answer = feed.answer(region, since);
        if (answer instanceof CatalogFeed.Answer.NotModified
                || request.header("If-None-Match").filter(answer.etag()::equals).isPresent()) {
            return ApiResponse.empty(304).withHeader("ETag", answer.etag());
        }
        CatalogFeed.Answer.Signed signed = (CatalogFeed.Answer.Signed) answer;
        return ApiResponse.json(200, signed.payload().payload())
                .withHeader("ETag", signed.etag())
                .withHeader(SIGNATURE_HEADER, signed.payload().signatureBase64());
    }
}
