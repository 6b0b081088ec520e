package com.hallkiosk.central.verify;

import com.hallkiosk.central.http.Access;
import com.hallkiosk.central.http.ApiResponse;
import com.hallkiosk.central.http.RouteSet;
import com.hallkiosk.central.http.Routes;

/**
 * {@code GET /verify/{code}} until the verification page is built: a plain page that says so, reachable
 * without a client certificate like the real one will be.
 */
public final class VerifyPlaceholderRoutes implements RouteSet {
    @Override
    public void addTo(Routes routes) {
        routes.get("/verify/{code}", Access.PUBLIC, request -> ApiResponse.html(200,
                "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>证明核验</title></head>"
                        + "<body><h1>证明核验 Certificate verification</h1>"
                        + "<p>核验服务尚未开通。Verification is not available yet.</p></body></html>"));
    }
}
