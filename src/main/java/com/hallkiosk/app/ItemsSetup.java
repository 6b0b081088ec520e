package com.hallkiosk.app;

import com.hallkiosk.items.certificate.CertificateOffice;
import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.journal.KioskJournal;
import com.hallkiosk.journal.PersonKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the self-service items run on besides the kiosk's own session worker and receipt printer.
 *
 * @param lines            the items this kiosk is built with ({@link KioskItems#LINES})
 * @param configDirectory  the kiosk-config folder, for {@code items.properties}
 * @param central          the business system: through the central's API (or, until it is up, a {@link LateCentral})
 * @param centralDeadline  how long an item waits for the central before it sends the person to a window
 * @param certificates     where the certificate items number, render and preview certificates
 */
record ItemsSetup(List<KioskItems.Line> lines, Path configDirectory, BusinessSystem central, ItemDevices devices, KioskJournal journal,
                  PersonKeys personKeys, Duration centralDeadline, CertificateOffice certificates) {
}
