package com.hallkiosk.catalog.model;

/** Whether the original, a copy or both are to be brought. */
public enum MaterialForm implements WireNamed {
    ORIGINAL, COPY, ORIGINAL_AND_COPY, ORIGINAL_OR_COPY, UNSTATED
}
