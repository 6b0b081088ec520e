package com.hallkiosk.business.http;

import com.hallkiosk.business.ApplicationKind;
import com.hallkiosk.business.BenefitKind;
import com.hallkiosk.business.FaceSample;
import com.hallkiosk.business.LossKind;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.util.Arrays;

/**
 * The bodies the kiosk posts, one record per shape of arguments. Every {@code toString()} masks (a request
 * is what the central logs), and the ones carrying PINs or a face can wipe them once the call is done.
 */
final class BusinessRequests {
    private static final String PIN = "******";

    private BusinessRequests() {
    }

    /** A request holding PINs or a face template, wiped by whoever decoded it once the call is answered. */
    interface CarriesSecrets {
        void wipe();
    }

    record ByIdNumber(String idNumber) {
        @Override
        public String toString() {
            return "[" + id(idNumber) + "]";
        }
    }

    record ByCardNumber(String cardNumber) {
        @Override
        public String toString() {
            return "[" + card(cardNumber) + "]";
        }
    }

    record ByUnit(String representativeIdNumber, String creditCode) {
        @Override
        public String toString() {
            return "[" + id(representativeIdNumber) + ", unit " + creditCode + "]";
        }
    }

    record CardAndHolder(String cardNumber, String idNumber) {
        @Override
        public String toString() {
            return "[" + card(cardNumber) + ", " + id(idNumber) + "]";
        }
    }

    record CardHolderAndPin(String cardNumber, String idNumber, char[] pin) implements CarriesSecrets {
        @Override
        public void wipe() {
            Arrays.fill(pin, '\0');
        }

        @Override
        public String toString() {
            return "[" + card(cardNumber) + ", " + id(idNumber) + ", " + PIN + "]";
        }
    }

    record CardAndPin(String cardNumber, char[] pin) implements CarriesSecrets {
        @Override
        public void wipe() {
            Arrays.fill(pin, '\0');
        }

        @Override
        public String toString() {
            return "[" + card(cardNumber) + ", " + PIN + "]";
        }
    }

    record PinChange(String cardNumber, char[] oldPin, char[] newPin) implements CarriesSecrets {
        @Override
        public void wipe() {
            Arrays.fill(oldPin, '\0');
            Arrays.fill(newPin, '\0');
        }

        @Override
        public String toString() {
            return "[" + card(cardNumber) + ", " + PIN + " → " + PIN + "]";
        }
    }

    record LossReport(String idNumber, LossKind kind) {
        @Override
        public String toString() {
            return "[" + id(idNumber) + ", " + kind + "]";
        }
    }

    record Certification(String idNumber, BenefitKind kind) {
        @Override
        public String toString() {
            return "[" + id(idNumber) + ", " + kind + "]";
        }
    }

    /** The sample's own {@code toString} shows only its size. */
    record FaceComparison(String idNumber, FaceSample sample) implements CarriesSecrets {
        @Override
        public void wipe() {
            sample.wipe();
        }

        @Override
        public String toString() {
            return "[" + id(idNumber) + ", " + sample + "]";
        }
    }

    /** The subject is free text (an occupation, a date); masked as text in case a number slipped into it. */
    record Submission(String idNumber, ApplicationKind kind, String subject) {
        @Override
        public String toString() {
            return "[" + id(idNumber) + ", " + kind + ", " + PersonalDataMasking.text(subject) + "]";
        }
    }

    private static String id(String idNumber) {
        return PersonalDataMasking.idNumber(idNumber);
    }

    private static String card(String cardNumber) {
        return PersonalDataMasking.socialSecurityCardNumber(cardNumber);
    }
}
