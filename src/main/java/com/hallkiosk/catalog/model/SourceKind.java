package com.hallkiosk.catalog.model;

/** Who supplies a required material (资料来源). */
public enum SourceKind implements WireNamed {
    APPLICANT, GOVERNMENT, DOWNLOAD, SYSTEM, UNIT, OFFICE, OTHER, UNSTATED
}
