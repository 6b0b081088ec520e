package com.hallkiosk.central.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates, routes and answers. The TLS layer only <em>wants</em> a client certificate (so that a
 * browser reaches {@code /verify} without one) and has already rejected any certificate not signed by
 * the CA; here every path that is not public is refused with 401 when no kiosk certificate came, before
 * its route is even looked up, so an unauthenticated client learns nothing about the API. An operator's
 * route needs no kiosk certificate but a signed-in operator (a kiosk certificate is not one).
 */
final class RoutingHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(RoutingHandler.class);

    private final Routes routes;
    private final int maxBodyBytes;

    RoutingHandler(Routes routes, int maxBodyBytes) {
        this.routes = routes;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String method = request.getMethod();
        String path = Request.getPathInContext(request);
        String kioskId = kioskIdOf(request);
        ApiResponse answer;
        if (kioskId == null && !routes.needsNoKiosk(path)) {
            answer = ApiResponse.error(401, "a kiosk client certificate from the central's CA is required");
        } else {
            answer = answer(request, method, path, kioskId);
        }
        send(response, callback, answer);
        return true;
    }

    private ApiResponse answer(Request request, String method, String path, String kioskId) {
        Routes.Match match = routes.match(method, path);
        if (match == null) {
            return routes.anyMethodMatches(path) ? ApiResponse.error(405, "method not allowed")
                    : ApiResponse.error(404, "no such endpoint");
        }
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        ApiRequest apiRequest = new ApiRequest(method, path, match.parameters(), query::getValue,
                request.getHeaders()::get, () -> limited(request), kioskId);
        try {
            if (match.route().access() == Access.OPERATOR) {
                OperatorGate gate = routes.operatorGate();
                if (gate == null) {
                    return ApiResponse.error(401, "no operator may sign in on this server");
                }
                if (gate.operatorOf(apiRequest).isEmpty()) {
                    return gate.refuse(apiRequest);
                }
            }
            return match.route().handler().handle(apiRequest);
        } catch (BodyTooLargeException e) {
            return ApiResponse.error(413, e.getMessage());
        } catch (Exception e) {
            // The message may carry request data: it goes to the log only through the masking converter,
            // and the client gets no detail.
            LOG.error("{} {} failed", method, match.route().pattern(), e);
            return ApiResponse.error(500, "internal error");
        }
    }

    private InputStream limited(Request request) throws IOException {
        long length = request.getLength();
        if (length > maxBodyBytes) {
            throw new BodyTooLargeException(maxBodyBytes);
        }
        InputStream in = Content.Source.asInputStream(request);
        return new InputStream() {
            private long read;

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++read > maxBodyBytes) {
                    throw new BodyTooLargeException(maxBodyBytes);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0 && (read += n) > maxBodyBytes) {
                    throw new BodyTooLargeException(maxBodyBytes);
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                in.close();
            }
        };
    }

    private static String kioskIdOf(Request request) {
        Object session = request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE);
        if (session instanceof EndPoint.SslSessionData data) {
            return KioskIdentity.of(data.peerCertificates());
        }
        return null;
    }

    private static void send(Response response, Callback callback, ApiResponse answer) {
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        answer.headers().forEach((name, value) -> response.getHeaders().put(new HttpField(name, value)));
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }
}
