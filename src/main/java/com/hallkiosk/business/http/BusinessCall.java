package com.hallkiosk.business.http;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * One port call on the wire: the path it is posted to, the record the kiosk sends and the type the central
 * answers with. Both sides use the same instance, so they cannot disagree on a path or a shape.
 */
record BusinessCall<Q, A>(String path, Class<Q> request, TypeReference<A> answer) {
}
