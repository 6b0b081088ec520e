package com.hallkiosk.business;

import java.util.List;

/** 待遇领取资格认证: what the person receives and when each certification is due. */
public interface BenefitCertification {
    /** The benefits the person receives; empty when none. */
    List<Entitlement> entitlements(String idNumber) throws BusinessException;

    /**
     * Records a successful certification today (after the face comparison passed) and returns the entitlement
     * with its next due date: the end of the cycle after the one that holds today.
     */
    Entitlement recordCertification(String idNumber, BenefitKind kind) throws BusinessException;

    /**
     * Compares the face filmed at the kiosk with the person's reference (the photo on file): whether it is the
     * same person. The caller wipes {@code sample} afterwards. A real deployment answers this from the province's
     * certified face platform.
     */
    FaceMatch compareFace(String idNumber, FaceSample sample) throws BusinessException;
}
