package com.hallkiosk.central.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's endpoints: a method and a path pattern whose segments are literal or {@code {name}}
 * ({@code /v1/catalog/{region}/changes}). Built once by the wiring before the server starts, then only read.
 */
public final class Routes {
    /** The operators' sign-in and sign-out pages: public, since one signs in before being an operator. */
    public static final String OPERATOR_PAGES = "/operator";

    private final List<Route> routes = new ArrayList<>();
    private OperatorGate operatorGate;

    record Route(String method, String[] segments, Access access, RouteHandler handler, String pattern) {
    }

    /** A route and the values of its parameters in one path. */
    record Match(Route route, Map<String, String> parameters) {
    }

    public Routes get(String pattern, Access access, RouteHandler handler) {
        return add("GET", pattern, access, handler);
    }

    public Routes post(String pattern, Access access, RouteHandler handler) {
        return add("POST", pattern, access, handler);
    }

    public Routes put(String pattern, Access access, RouteHandler handler) {
        return add("PUT", pattern, access, handler);
    }

    public Routes delete(String pattern, Access access, RouteHandler handler) {
        return add("DELETE", pattern, access, handler);
    }

    public Routes add(RouteSet set) {
        set.addTo(this);
        return this;
    }

    public Routes add(String method, String pattern, Access access, RouteHandler handler) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("a route pattern starts with /: " + pattern);
        }
        if (access == Access.PUBLIC && !(under("/verify", pattern) || under(OPERATOR_PAGES, pattern))) {
            // The exceptions to mutual TLS are the verification page and the operators' sign-in; another
            // needs a design decision.
            throw new IllegalArgumentException("only /verify/... and " + OPERATOR_PAGES + "/... may be public: " + pattern);
        }
        String[] segments = segments(pattern);
        for (Route route : routes) {
            if (route.method().equals(method) && sameShape(route.segments(), segments)) {
                throw new IllegalArgumentException("two routes for " + method + " " + pattern + " and "
                        + route.pattern());
            }
        }
        routes.add(new Route(method, segments, access, handler, pattern));
        return this;
    }

    /** Who tells a signed-in operator for the {@link Access#OPERATOR} routes; without one they refuse everyone. */
    public Routes operatorGate(OperatorGate gate) {
        this.operatorGate = gate;
        return this;
    }

    OperatorGate operatorGate() {
        return operatorGate;
    }

    private static boolean under(String prefix, String pattern) {
        return pattern.equals(prefix) || pattern.startsWith(prefix + "/");
    }

    /** The route for a method and path, or null; {@code methodsOf} tells 405 from 404. */
    Match match(String method, String path) {
        String[] segments = segments(path);
        for (Route route : routes) {
            if (route.method().equals(method)) {
                Map<String, String> parameters = parameters(route.segments(), segments);
                if (parameters != null) {
                    return new Match(route, parameters);
                }
            }
        }
        return null;
    }

    boolean anyMethodMatches(String path) {
        String[] segments = segments(path);
        return routes.stream().anyMatch(route -> parameters(route.segments(), segments) != null);
    }

    /**
     * Whether a path may be reached without a kiosk certificate (public, or for operators, who are checked
     * later), told before its method is looked at, so that nothing is revealed unauthenticated.
     */
    boolean needsNoKiosk(String path) {
        String[] segments = segments(path);
        return routes.stream().anyMatch(route -> route.access() != Access.KIOSK
                && parameters(route.segments(), segments) != null);
    }

    private static String[] segments(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(1).split("/", -1);
    }

    private static boolean sameShape(String[] a, String[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!(isParameter(a[i]) && isParameter(b[i])) && !a[i].equals(b[i])) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> parameters(String[] pattern, String[] path) {
        if (pattern.length != path.length) {
            return null;
        }
        Map<String, String> parameters = null;
        for (int i = 0; i < pattern.length; i++) {
            if (isParameter(pattern[i])) {
                if (path[i].isEmpty()) {
                    return null;
                }
                if (parameters == null) {
                    parameters = new HashMap<>();
                }
                parameters.put(pattern[i].substring(1, pattern[i].length() - 1), path[i]);
            } else if (!pattern[i].equals(path[i])) {
                return null;
            }
        }
        return parameters == null ? Map.of() : parameters;
    }

    private static boolean isParameter(String segment) {
        return segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
    }
}
