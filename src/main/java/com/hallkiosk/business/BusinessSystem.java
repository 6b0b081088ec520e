package com.hallkiosk.business;

/**
 * The business side of the social security bureau as the kiosk's items see it. Grouped by area so an item
 * can depend on the one part it uses; the central implements it over its own database
 * ({@code business.jdbc}), a kiosk through the central's API.
 */
public interface BusinessSystem
        extends PersonDirectory, ContributionRecords, CertificateData, CardServices, BenefitCertification, Applications {
}
