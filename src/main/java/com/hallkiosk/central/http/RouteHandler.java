package com.hallkiosk.central.http;

/**
 * One endpoint. It keeps no state between requests (everything lasting is in the database), so that
 * any central process behind a load balancer can answer any request.
 */
@FunctionalInterface
public interface RouteHandler {
    ApiResponse handle(ApiRequest request) throws Exception;
}
