package com.hallkiosk.business.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.hallkiosk.business.Application;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.ContributionHistory;
import com.hallkiosk.business.Entitlement;
import com.hallkiosk.business.FaceMatch;
import com.hallkiosk.business.Pension;
import com.hallkiosk.business.PensionAccountYear;
import com.hallkiosk.business.Person;
import com.hallkiosk.business.Separation;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.business.Unit;
import com.hallkiosk.business.UnitRecord;
import com.hallkiosk.business.http.BusinessRequests.ByCardNumber;
import com.hallkiosk.business.http.BusinessRequests.ByIdNumber;
import com.hallkiosk.business.http.BusinessRequests.ByUnit;
import com.hallkiosk.business.http.BusinessRequests.CardAndHolder;
import com.hallkiosk.business.http.BusinessRequests.CardAndPin;
import com.hallkiosk.business.http.BusinessRequests.CardHolderAndPin;
import com.hallkiosk.business.http.BusinessRequests.Certification;
import com.hallkiosk.business.http.BusinessRequests.FaceComparison;
import com.hallkiosk.business.http.BusinessRequests.LossReport;
import com.hallkiosk.business.http.BusinessRequests.PinChange;
import com.hallkiosk.business.http.BusinessRequests.Submission;
import com.hallkiosk.certificate.CertificateType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The business API, version 1: one endpoint per {@link com.hallkiosk.business.BusinessSystem} call. Every
 * call takes an identity or card number, and those (like PINs) must stay out of URLs, which end up in
 * access logs, so every call is a POST with a JSON body, reads included.
 */
final class BusinessCalls {
    private static final String V1 = "/v1/business/";

    static final BusinessCall<ByIdNumber, Person> PERSON_BY_ID_NUMBER =
            call("person/lookup", ByIdNumber.class, new TypeReference<>() { });
    static final BusinessCall<ByCardNumber, Person> PERSON_BY_CARD_NUMBER =
            call("person/by-card", ByCardNumber.class, new TypeReference<>() { });

    static final BusinessCall<ByIdNumber, ContributionHistory> CONTRIBUTIONS =
            call("contributions", ByIdNumber.class, new TypeReference<>() { });
    static final BusinessCall<ByIdNumber, List<PensionAccountYear>> PENSION_ACCOUNT =
            call("pension-account", ByIdNumber.class, new TypeReference<>() { });
    static final BusinessCall<ByIdNumber, Optional<Pension>> PENSION =
            call("pension", ByIdNumber.class, new TypeReference<>() { });

    static final BusinessCall<ByIdNumber, Set<CertificateType>> CERTIFICATES =
            call("certificates", ByIdNumber.class, new TypeReference<>() { });
    static final BusinessCall<ByIdNumber, List<Unit>> UNITS_REPRESENTED =
            call("units/represented", ByIdNumber.class, new TypeReference<>() { });
    static final BusinessCall<ByUnit, UnitRecord> UNIT_RECORD =
            call("units/record", ByUnit.class, new TypeReference<>() { });

    static final BusinessCall<ByIdNumber, Card> CARD_OF_PERSON =
            call("card/of-person", ByIdNumber.class, new TypeReference<>() { });
    static final BusinessCall<ByCardNumber, Card> CARD_BY_NUMBER =
            call("card/lookup", ByCardNumber.class, new TypeReference<>() { });
    static final BusinessCall<CardHolderAndPin, Card> ACTIVATE =
            call("card/activate", CardHolderAndPin.class, new TypeReference<>() { });
    static final BusinessCall<LossReport, Card> REPORT_LOSS =
            call("card/report-loss", LossReport.class, new TypeReference<>() { });
    static final BusinessCall<CardAndHolder, Card> UNLOCK =
            call("card/unlock", CardAndHolder.class, new TypeReference<>() { });
    static final BusinessCall<CardAndPin, Card> VERIFY_PIN =
            call("card/verify-pin", CardAndPin.class, new TypeReference<>() { });
    static final BusinessCall<PinChange, Card> CHANGE_PIN =
            call("card/change-pin", PinChange.class, new TypeReference<>() { });
    static final BusinessCall<CardHolderAndPin, Card> RESET_PIN =
            call("card/reset-pin", CardHolderAndPin.class, new TypeReference<>() { });
    static final BusinessCall<CardAndHolder, Card> CANCEL =
            call("card/cancel", CardAndHolder.class, new TypeReference<>() { });

    static final BusinessCall<ByIdNumber, List<Entitlement>> ENTITLEMENTS =
            call("entitlements", ByIdNumber.class, new TypeReference<>() { });
    static final BusinessCall<Certification, Entitlement> RECORD_CERTIFICATION =
            call("entitlements/certify", Certification.class, new TypeReference<>() { });
    static final BusinessCall<FaceComparison, FaceMatch> COMPARE_FACE =
            call("entitlements/compare-face", FaceComparison.class, new TypeReference<>() { });

    static final BusinessCall<ByIdNumber, Optional<Separation>> SEPARATION =
            call("separation", ByIdNumber.class, new TypeReference<>() { });
    static final BusinessCall<ByIdNumber, List<SkillCertificate>> SKILL_CERTIFICATES =
            call("skill-certificates", ByIdNumber.class, new TypeReference<>() { });
    static final BusinessCall<ByIdNumber, List<Application>> APPLICATIONS =
            call("applications", ByIdNumber.class, new TypeReference<>() { });
    static final BusinessCall<Submission, Application> SUBMIT =
            call("applications/submit", Submission.class, new TypeReference<>() { });

    private BusinessCalls() {
    }

    private static <Q, A> BusinessCall<Q, A> call(String path, Class<Q> request, TypeReference<A> answer) {
        return new BusinessCall<>(V1 + path, request, answer);
    }
}
