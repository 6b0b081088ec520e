package com.hallkiosk.central.http;

import java.util.Optional;

/** Tells whether a request comes from a signed-in operator, for the {@link Access#OPERATOR} routes. */
public interface OperatorGate {
    /** The operator the request is signed in as, or empty. */
    Optional<String> operatorOf(ApiRequest request);

    /** What a request to an operator route gets without a signed-in operator (e.g. the way to sign in). */
    ApiResponse refuse(ApiRequest request);
}
