package com.hallkiosk.certificate;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The certificates a kiosk prints. Each has a template, {@code certificates/<id>.json}, which quotes the
 * seed passages that let a self-service terminal print it.
 */
public enum CertificateType {
    /** 个人参保证明. */
    PERSONAL_CONTRIBUTION("personal-contribution", "CB"),
    /** 社会保险个人权益记录单. */
    RIGHTS_RECORD("rights-record", "QY"),
    /** 职工养老待遇领取证明. */
    PENSION_RECEIPT("pension-receipt", "DY"),
    /** 单位参保证明. */
    UNIT("unit", "DW");

    private final String id;
    private final String numberPrefix;

    CertificateType(String id, String numberPrefix) {
        this.id = id;
        this.numberPrefix = numberPrefix;
    }

    /** The name used on the command line, in templates and for the template file. */
    public String id() {
        return id;
    }

    /** The two letters a certificate number of this type starts with (our design, not the seeds'). */
    public String numberPrefix() {
        return numberPrefix;
    }

    public static CertificateType ofId(String id) {
        for (CertificateType type : values()) {
            if (type.id.equals(id)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no certificate type \"" + id + "\"; the types are " + ids());
    }

    public static String ids() {
        return Arrays.stream(values()).map(CertificateType::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
