package com.hallkiosk.central.http;

import java.security.cert.X509Certificate;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/** The kiosk id a client certificate names: the CN of its subject. */
final class KioskIdentity {
    private KioskIdentity() {
    }

    /**
     * The CN of the first certificate of a chain the TLS layer already verified against the CA, or null
     * when there is none (no certificate, or one without a CN).
     */
    static String of(X509Certificate[] chain) {
        if (chain == null || chain.length == 0) {
            return null;
        }
        try {
            LdapName name = new LdapName(chain[0].getSubjectX500Principal().getName(X500Principal.RFC2253));
            for (Rdn rdn : name.getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    String id = rdn.getValue().toString();
                    return id.isBlank() ? null : id;
                }
            }
            return null;
        } catch (InvalidNameException e) {
            return null;
        }
    }
}
