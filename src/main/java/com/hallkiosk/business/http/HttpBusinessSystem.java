package com.hallkiosk.business.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.business.Application;
import com.hallkiosk.business.ApplicationKind;
import com.hallkiosk.business.BenefitKind;
import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.ContributionHistory;
import com.hallkiosk.business.Entitlement;
import com.hallkiosk.business.FaceMatch;
import com.hallkiosk.business.FaceSample;
import com.hallkiosk.business.LossKind;
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
import com.hallkiosk.central.client.CentralHttp;
import com.hallkiosk.certificate.CertificateType;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kiosk's {@link BusinessSystem}: each call posted to the central's {@link BusinessRoutes}, each refusal
 * rebuilt as the same typed {@link BusinessException}. No answer (the central down, a timeout of
 * {@link CentralHttp}) or one it cannot read is {@link BusinessException.Unavailable}. The PINs the caller
 * passes (and face samples) stay the caller's to wipe, as the port says; the encoded body holding them is wiped
 * once sent.
 */
public final class HttpBusinessSystem implements BusinessSystem {
    private final ObjectMapper json = BusinessJson.mapper();
    private final CentralHttp central;

    public HttpBusinessSystem(CentralHttp central) {
        this.central = central;
    }

    @Override
    public Person personByIdNumber(String idNumber) throws BusinessException {
        return call(BusinessCalls.PERSON_BY_ID_NUMBER, new ByIdNumber(idNumber));
    }

    @Override
    public Person personByCardNumber(String cardNumber) throws BusinessException {
        return call(BusinessCalls.PERSON_BY_CARD_NUMBER, new ByCardNumber(cardNumber));
    }

    @Override
    public ContributionHistory contributions(String idNumber) throws BusinessException {
        return call(BusinessCalls.CONTRIBUTIONS, new ByIdNumber(idNumber));
    }

    @Override
    public List<PensionAccountYear> pensionAccount(String idNumber) throws BusinessException {
        return call(BusinessCalls.PENSION_ACCOUNT, new ByIdNumber(idNumber));
    }

    @Override
    public Optional<Pension> pension(String idNumber) throws BusinessException {
        return call(BusinessCalls.PENSION, new ByIdNumber(idNumber));
    }

    @Override
    public Set<CertificateType> certificatesFor(String idNumber) throws BusinessException {
        return call(BusinessCalls.CERTIFICATES, new ByIdNumber(idNumber));
    }

    @Override
    public List<Unit> unitsRepresentedBy(String idNumber) throws BusinessException {
        return call(BusinessCalls.UNITS_REPRESENTED, new ByIdNumber(idNumber));
    }

    @Override
    public UnitRecord unitRecord(String representativeIdNumber, String creditCode) throws BusinessException {
        return call(BusinessCalls.UNIT_RECORD, new ByUnit(representativeIdNumber, creditCode));
    }

    @Override
    public Card cardOf(String idNumber) throws BusinessException {
        return call(BusinessCalls.CARD_OF_PERSON, new ByIdNumber(idNumber));
    }

    @Override
    public Card cardByNumber(String cardNumber) throws BusinessException {
        return call(BusinessCalls.CARD_BY_NUMBER, new ByCardNumber(cardNumber));
    }

    @Override
    public Card activate(String cardNumber, String idNumber, char[] newPin) throws BusinessException {
        return call(BusinessCalls.ACTIVATE, new CardHolderAndPin(cardNumber, idNumber, newPin));
    }

    @Override
    public Card reportLoss(String idNumber, LossKind kind) throws BusinessException {
        return call(BusinessCalls.REPORT_LOSS, new LossReport(idNumber, kind));
    }

    @Override
    public Card unlock(String cardNumber, String idNumber) throws BusinessException {
        return call(BusinessCalls.UNLOCK, new CardAndHolder(cardNumber, idNumber));
    }

    @Override
    public Card verifyPin(String cardNumber, char[] pin) throws BusinessException {
        return call(BusinessCalls.VERIFY_PIN, new CardAndPin(cardNumber, pin));
    }

    @Override
    public Card changePin(String cardNumber, char[] oldPin, char[] newPin) throws BusinessException {
        return call(BusinessCalls.CHANGE_PIN, new PinChange(cardNumber, oldPin, newPin));
    }

    @Override
    public Card resetPin(String cardNumber, String idNumber, char[] newPin) throws BusinessException {
        return call(BusinessCalls.RESET_PIN, new CardHolderAndPin(cardNumber, idNumber, newPin));
    }

    @Override
    public Card cancel(String cardNumber, String idNumber) throws BusinessException {
        return call(BusinessCalls.CANCEL, new CardAndHolder(cardNumber, idNumber));
    }

    @Override
    public List<Entitlement> entitlements(String idNumber) throws BusinessException {
        return call(BusinessCalls.ENTITLEMENTS, new ByIdNumber(idNumber));
    }

    @Override
    public Entitlement recordCertification(String idNumber, BenefitKind kind) throws BusinessException {
        return call(BusinessCalls.RECORD_CERTIFICATION, new Certification(idNumber, kind));
    }

    @Override
    public FaceMatch compareFace(String idNumber, FaceSample sample) throws BusinessException {
        return call(BusinessCalls.COMPARE_FACE, new FaceComparison(idNumber, sample));
    }

    @Override
    public Optional<Separation> separation(String idNumber) throws BusinessException {
        return call(BusinessCalls.SEPARATION, new ByIdNumber(idNumber));
    }

    @Override
    public List<SkillCertificate> skillCertificates(String idNumber) throws BusinessException {
        return call(BusinessCalls.SKILL_CERTIFICATES, new ByIdNumber(idNumber));
    }

    @Override
    public List<Application> applications(String idNumber) throws BusinessException {
        return call(BusinessCalls.APPLICATIONS, new ByIdNumber(idNumber));
    }

    @Override
    public Application submit(String idNumber, ApplicationKind kind, String subject) throws BusinessException {
        return call(BusinessCalls.SUBMIT, new Submission(idNumber, kind, subject));
    }

    private <Q, A> A call(BusinessCall<Q, A> call, Q request) throws BusinessException {
        byte[] body = encode(request);
        CentralHttp.Answer answer;
        try {
            answer = central.post(call.path(), "application/json", body);
        } catch (IOException e) {
            throw new BusinessException.Unavailable("no answer from the central at " + central.base() + " to "
                    + call.path() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException.Unavailable("interrupted waiting for the central's answer to " + call.path(), e);
        } finally {
            Arrays.fill(body, (byte) 0);
        }
        if (answer.status() == 200) {
            try {
                return json.readValue(answer.body(), call.answer());
            } catch (IOException e) {
                throw notUnderstood(call, answer, e);
            }
        }
        throw refusal(call, answer);
    }

    private byte[] encode(Object request) {
        try {
            return json.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a business request record did not encode", e);
        }
    }

    /** The typed exception of an error answer; one this kiosk cannot read (a proxy's page, a 500) is Unavailable. */
    private BusinessException refusal(BusinessCall<?, ?> call, CentralHttp.Answer answer) {
        try {
            BusinessError error = json.readValue(answer.body(), BusinessError.class);
            return BusinessErrorCode.rebuild(error).orElseGet(() -> new BusinessException.Unavailable(
                    "the central answered " + call.path() + " with " + answer.status() + " " + error.error() + ": "
                            + error.message(), null));
        } catch (IOException e) {
            return notUnderstood(call, answer, e);
        }
    }

    /** Jackson's message can quote the answer (a name, an ID number), so the cause carries it, not this message. */
    private static BusinessException.Unavailable notUnderstood(BusinessCall<?, ?> call, CentralHttp.Answer answer,
            Exception cause) {
        return new BusinessException.Unavailable("the central answered " + call.path() + " with " + answer.status()
                + " and a body this kiosk does not understand", cause);
    }
}
