package com.hallkiosk.business;

import java.util.List;
import java.util.Optional;

/**
 * What the benefit applications are decided on, and their submission. The eligibility rules are the items'
 * (they travel in the catalog); this only gives the facts and records what was applied for.
 */
public interface Applications {
    /** The person's latest separation from a unit; empty when they never left one (or still work). */
    Optional<Separation> separation(String idNumber) throws BusinessException;

    List<SkillCertificate> skillCertificates(String idNumber) throws BusinessException;

    /** Every application this person submitted, oldest first. */
    List<Application> applications(String idNumber) throws BusinessException;

    /** Records an application once; the same person, kind and subject again is {@link BusinessException.DuplicateApplication}. */
    Application submit(String idNumber, ApplicationKind kind, String subject) throws BusinessException;
}
