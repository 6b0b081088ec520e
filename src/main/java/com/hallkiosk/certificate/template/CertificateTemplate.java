package com.hallkiosk.certificate.template;

import com.hallkiosk.certificate.CertificateType;
import java.util.List;

/**
 * The layout of one certificate type, from {@code certificates/<type>.json}: its title, the seed
 * passages that make it a certificate a kiosk may print, what of the layout is our own design, and
 * its body.
 */
public record CertificateTemplate(CertificateType type, String title, List<SeedPassage> seeds, String design,
                                  List<Block> blocks) {
    /** A passage of a seed document, quoted word for word, with the file and the item it is in. */
    public record SeedPassage(String document, String item, String quote) {
    }
}
