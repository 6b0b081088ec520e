package com.hallkiosk.business.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.central.http.Access;
import com.hallkiosk.central.http.ApiRequest;
import com.hallkiosk.central.http.ApiResponse;
import com.hallkiosk.central.http.RouteSet;
import com.hallkiosk.central.http.Routes;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link BusinessSystem} for kiosks, one endpoint per call ({@link BusinessCalls}). A refusal is answered
 * with its status and {@link BusinessError}; a body that is not the call's JSON (or lacks a field) with 400.
 * Each call is logged with the kiosk, the path, the masked request and the outcome.
 */
public final class BusinessRoutes implements RouteSet {
    private static final Logger LOG = LoggerFactory.getLogger(BusinessRoutes.class);

    private final ObjectMapper json = BusinessJson.mapper()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);
    private final BusinessSystem business;

    public BusinessRoutes(BusinessSystem business) {
        this.business = business;
    }

    /** A port call given its decoded request. */
    @FunctionalInterface
    private interface Operation<Q, A> {
        A apply(Q request) throws BusinessException;
    }

    @Override
    public void addTo(Routes routes) {
        serve(routes, BusinessCalls.PERSON_BY_ID_NUMBER, q -> business.personByIdNumber(q.idNumber()));
        serve(routes, BusinessCalls.PERSON_BY_CARD_NUMBER, q -> business.personByCardNumber(q.cardNumber()));
        serve(routes, BusinessCalls.CONTRIBUTIONS, q -> business.contributions(q.idNumber()));
        serve(routes, BusinessCalls.PENSION_ACCOUNT, q -> business.pensionAccount(q.idNumber()));
        serve(routes, BusinessCalls.PENSION, q -> business.pension(q.idNumber()));
        serve(routes, BusinessCalls.CERTIFICATES, q -> business.certificatesFor(q.idNumber()));
        serve(routes, BusinessCalls.UNITS_REPRESENTED, q -> business.unitsRepresentedBy(q.idNumber()));
        serve(routes, BusinessCalls.UNIT_RECORD, q -> business.unitRecord(q.representativeIdNumber(), q.creditCode()));
        serve(routes, BusinessCalls.CARD_OF_PERSON, q -> business.cardOf(q.idNumber()));
        serve(routes, BusinessCalls.CARD_BY_NUMBER, q -> business.cardByNumber(q.cardNumber()));
        serve(routes, BusinessCalls.ACTIVATE, q -> business.activate(q.cardNumber(), q.idNumber(), q.pin()));
        serve(routes, BusinessCalls.REPORT_LOSS, q -> business.reportLoss(q.idNumber(), q.kind()));
        serve(routes, BusinessCalls.UNLOCK, q -> business.unlock(q.cardNumber(), q.idNumber()));
        serve(routes, BusinessCalls.VERIFY_PIN, q -> business.verifyPin(q.cardNumber(), q.pin()));
        serve(routes, BusinessCalls.CHANGE_PIN, q -> business.changePin(q.cardNumber(), q.oldPin(), q.newPin()));
        serve(routes, BusinessCalls.RESET_PIN, q -> business.resetPin(q.cardNumber(), q.idNumber(), q.pin()));
        serve(routes, BusinessCalls.CANCEL, q -> business.cancel(q.cardNumber(), q.idNumber()));
        serve(routes, BusinessCalls.ENTITLEMENTS, q -> business.entitlements(q.idNumber()));
        serve(routes, BusinessCalls.RECORD_CERTIFICATION, q -> business.recordCertification(q.idNumber(), q.kind()));
        serve(routes, BusinessCalls.COMPARE_FACE, q -> business.compareFace(q.idNumber(), q.sample()));
        serve(routes, BusinessCalls.SEPARATION, q -> business.separation(q.idNumber()));
        serve(routes, BusinessCalls.SKILL_CERTIFICATES, q -> business.skillCertificates(q.idNumber()));
        serve(routes, BusinessCalls.APPLICATIONS, q -> business.applications(q.idNumber()));
        serve(routes, BusinessCalls.SUBMIT, q -> business.submit(q.idNumber(), q.kind(), q.subject()));
    }

    private <Q, A> void serve(Routes routes, BusinessCall<Q, A> call, Operation<Q, A> operation) {
        routes.post(call.path(), Access.KIOSK, request -> answer(request, call, operation));
    }

    private <Q, A> ApiResponse answer(ApiRequest request, BusinessCall<Q, A> call, Operation<Q, A> operation)
            throws IOException {
        String kioskId = request.requireKioskId();
        byte[] body = request.body();
        Q query;
        try {
            query = json.readValue(body, call.request());
        } catch (JsonProcessingException e) {
            // Jackson's own message may quote the body (a PIN, an ID number): only the field path goes out.
            String where = e instanceof JsonMappingException mapping ? where(mapping) : "";
            LOG.warn("{} {}: malformed body{}", kioskId, call.path(), where);
            return reply(400, BusinessError.of("malformed-request",
                    "the body is not a JSON " + call.request().getSimpleName() + where));
        } finally {
            Arrays.fill(body, (byte) 0);
        }
        if (query == null) {
            LOG.warn("{} {}: empty body", kioskId, call.path());
            return reply(400, BusinessError.of("malformed-request", "the body is empty"));
        }
        try {
            A answer = operation.apply(query);
            LOG.info("{} {} {}: done", kioskId, call.path(), query);
            return ApiResponse.json(200, json.writerFor(json.getTypeFactory().constructType(call.answer()))
                    .writeValueAsBytes(answer));
        } catch (BusinessException refusal) {
            BusinessErrorCode code = BusinessErrorCode.of(refusal);
            if (code == BusinessErrorCode.UNAVAILABLE) {
                LOG.warn("{} {} {}: unavailable", kioskId, call.path(), query, refusal);
            } else {
                LOG.info("{} {} {}: {}", kioskId, call.path(), query, code.code());
            }
            return reply(code.status(), BusinessError.of(refusal));
        } finally {
            if (query instanceof BusinessRequests.CarriesSecrets secrets) {
                secrets.wipe();
            }
        }
    }

    /** The field names down to the offending value, e.g. {@code " at pin"}; never the value. */
    private static String where(JsonMappingException mapping) {
        String fields = mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
        return fields.isEmpty() ? "" : " at " + fields;
    }

    private ApiResponse reply(int status, BusinessError error) throws JsonProcessingException {
        return ApiResponse.json(status, json.writeValueAsBytes(error));
    }
}
